package dev.parley.server.config;

import java.time.Duration;

/**
 * Tokens and password hashing. Argon2id parameters apply to new hashes; existing hashes keep
 * the parameters they were made with.
 *
 * @param accessTokenTtl lifetime of an access token, 1m..24h
 * @param refreshTokenTtl lifetime of a refresh token, 1h..365d, longer than the access token's
 * @param argon2MemoryKib Argon2id memory cost in KiB, 1024..1048576
 * @param argon2Iterations Argon2id time cost, 1..10
 * @param argon2Parallelism Argon2id lanes, 1..16
 */
public record AuthConfig(Duration accessTokenTtl, Duration refreshTokenTtl, int argon2MemoryKib,
                         int argon2Iterations, int argon2Parallelism) {
    public AuthConfig {
        Check.between("auth.access-token-ttl", accessTokenTtl, Duration.ofMinutes(1), Duration.ofHours(24));
        Check.between("auth.refresh-token-ttl", refreshTokenTtl, Duration.ofHours(1), Duration.ofDays(365));
        if (refreshTokenTtl.compareTo(accessTokenTtl) <= 0) {
            throw new ConfigException("auth.refresh-token-ttl", "must be longer than auth.access-token-ttl ("
                    + Durations.format(refreshTokenTtl) + " <= " + Durations.format(accessTokenTtl) + ")");
        }
        Check.between("auth.argon2-memory-kib", argon2MemoryKib, 1024, 1_048_576);
        Check.between("auth.argon2-iterations", argon2Iterations, 1, 10);
        Check.between("auth.argon2-parallelism", argon2Parallelism, 1, 16);
    }

    /** OWASP's minimum for Argon2id: 19 MiB, 2 iterations, 1 lane. */
    public static AuthConfig defaults() {
        return new AuthConfig(Duration.ofMinutes(15), Duration.ofDays(30), 19_456, 2, 1);
    }

    static AuthConfig read(ConfigSource in) {
        AuthConfig d = defaults();
        return new AuthConfig(
                in.duration("auth.access-token-ttl", d.accessTokenTtl),
                in.duration("auth.refresh-token-ttl", d.refreshTokenTtl),
                in.integer("auth.argon2-memory-kib", d.argon2MemoryKib),
                in.integer("auth.argon2-iterations", d.argon2Iterations),
                in.integer("auth.argon2-parallelism", d.argon2Parallelism));
    }
}
