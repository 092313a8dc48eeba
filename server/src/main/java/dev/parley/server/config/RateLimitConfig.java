package dev.parley.server.config;

import java.time.Duration;

/**
 * Limits on the requests that cost a password hash: token buckets of N per window, refilled
 * continuously, shared by every node of a cluster (kept in PostgreSQL). Key {@code rate-limits}
 * in the file.
 *
 * @param loginPerAccount login attempts allowed per account per window
 * @param loginPerIp login attempts allowed per client IP per window
 * @param loginWindow the window both login counts are taken over
 * @param registerPerIp registrations allowed per client IP per window
 * @param registerWindow the window registrations are counted over
 */
public record RateLimitConfig(int loginPerAccount, int loginPerIp, Duration loginWindow,
                              int registerPerIp, Duration registerWindow) {
    public RateLimitConfig {
        Check.positive("rate-limits.login-per-account", loginPerAccount);
        Check.positive("rate-limits.login-per-ip", loginPerIp);
        Check.positive("rate-limits.login-window", loginWindow);
        Check.positive("rate-limits.register-per-ip", registerPerIp);
        Check.positive("rate-limits.register-window", registerWindow);
    }

    public static RateLimitConfig defaults() {
        return new RateLimitConfig(10, 30, Duration.ofMinutes(15), 10, Duration.ofHours(1));
    }

    static RateLimitConfig read(ConfigSource in) {
        RateLimitConfig d = defaults();
        return new RateLimitConfig(
                in.integer("rate-limits.login-per-account", d.loginPerAccount),
                in.integer("rate-limits.login-per-ip", d.loginPerIp),
                in.duration("rate-limits.login-window", d.loginWindow),
                in.integer("rate-limits.register-per-ip", d.registerPerIp),
                in.duration("rate-limits.register-window", d.registerWindow));
    }
}
