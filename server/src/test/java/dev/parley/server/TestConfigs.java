package dev.parley.server;

import dev.parley.server.config.AuthConfig;
import dev.parley.server.config.BusConfig;
import dev.parley.server.config.GatewayConfig;
import dev.parley.server.config.LogConfig;
import dev.parley.server.config.MessagingConfig;
import dev.parley.server.config.NodeConfig;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.config.RateLimitConfig;
import dev.parley.server.config.Role;
import dev.parley.server.config.ServerConfig;
import dev.parley.server.config.StorageConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Configs for tests: loopback, a free port, cheap Argon2, a data directory of the test's own. */
final class TestConfigs {
    private TestConfigs() {
    }

    static ParleyConfig forDataDir(Path dataDir) {
        return forDatabase(dataDir, "");
    }

    /** Like {@link #forDataDir}, with the database at {@code databaseUrl} (empty: SQLite in the data directory). */
    static ParleyConfig forDatabase(Path dataDir, String databaseUrl) {
        return new ParleyConfig(
                new ServerConfig("127.0.0.1", 0, "", 1_048_576, List.of()),
                new StorageConfig(dataDir, databaseUrl, 4),
                new AuthConfig(Duration.ofMinutes(15), Duration.ofDays(30), 1024, 1, 1),
                new RateLimitConfig(10, 30, Duration.ofMinutes(15), 10, Duration.ofHours(1)),
                MessagingConfig.defaults(),
                new GatewayConfig(0, "", Duration.ofMinutes(5), 10_000, 8 * 1024 * 1024, Duration.ofHours(1), 0),
                new LogConfig("text", "WARN"),
                NodeConfig.defaults(),
                BusConfig.defaults());
    }

    /** {@code config} with this node running only {@code roles}. */
    static ParleyConfig withRoles(ParleyConfig config, Role... roles) {
        return new ParleyConfig(config.server(), config.storage(), config.auth(), config.rateLimits(), config.messaging(),
                config.gateway(), config.log(), new NodeConfig(config.node().id(), Set.of(roles)), config.bus());
    }
}
