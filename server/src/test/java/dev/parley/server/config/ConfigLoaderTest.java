package dev.parley.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class ConfigLoaderTest {
    /** Surefire runs in the server module's directory. */
    static final Path SAMPLE = Path.of("..", "config", "parley.sample.yaml");

    @TempDir
    Path dir;

    @Test
    void theSampleLoadsAndEqualsTheDefaults() {
        assertThat(ConfigLoader.load(Optional.of(SAMPLE), Map.of())).isEqualTo(ParleyConfig.defaults());
    }

    @Test
    void theSampleSpellsOutEveryKey() {
        JsonNode sample = YAMLMapper.shared().readTree(SAMPLE.toFile());
        var inSample = new ArrayList<String>();
        leaves(sample, "", inSample);
        assertThat(inSample).containsExactlyElementsOf(ConfigLoader.keys().stream().map(ConfigKey::key).toList());
    }

    @Test
    void theClusterExampleIsAValidNodeConfig() {
        ParleyConfig node = ConfigLoader.load(Optional.of(Path.of("..", "deploy", "cluster", "node.yaml")), Map.of());
        assertThat(node.storage().postgres()).isTrue();
        assertThat(node.bus().clustered()).isTrue();
        assertThat(node.node().roles()).containsExactlyInAnyOrder(Role.values());
        assertThat(node.server().proxies().trusts("10.0.0.5")).isTrue();
    }

    @Test
    void withoutFileOrEnvironmentEverythingIsDefault() {
        assertThat(ConfigLoader.load(Optional.empty(), Map.of())).isEqualTo(ParleyConfig.defaults());
        assertThat(ConfigLoader.load(Optional.of(write("# nothing here\n")), Map.of())).isEqualTo(ParleyConfig.defaults());
        assertThat(ConfigLoader.load(Optional.of(write("server:\nlog:\n")), Map.of())).isEqualTo(ParleyConfig.defaults());
    }

    @Test
    void theFileOverridesDefaultsAndLeavesTheRest() {
        var config = ConfigLoader.load(Optional.of(write("""
                server:
                  port: 9090
                  allowed-origins: [https://a.example, "http://b.example:8000"]
                auth:
                  access-token-ttl: PT5M
                storage:
                  data-dir: /var/lib/parley
                log:
                  format: JSON
                """)), Map.of());

        assertThat(config.server().port()).isEqualTo(9090);
        assertThat(config.server().host()).isEqualTo("0.0.0.0");
        assertThat(config.server().allowedOrigins()).containsExactly("https://a.example", "http://b.example:8000");
        assertThat(config.auth().accessTokenTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.auth().refreshTokenTtl()).isEqualTo(Duration.ofDays(30));
        assertThat(config.storage().dataDir()).isEqualTo(Path.of("/var/lib/parley"));
        assertThat(config.log().format()).isEqualTo("json");
        assertThat(config.rateLimits()).isEqualTo(RateLimitConfig.defaults());
    }

    @Test
    void theEnvironmentOverridesTheFile() {
        var file = write("""
                server:
                  port: 9090
                  host: 127.0.0.1
                auth:
                  argon2-memory-kib: 65536
                """);
        var config = ConfigLoader.load(Optional.of(file), Map.of(
                "PARLEY_SERVER_PORT", "7070",
                "PARLEY_AUTH_ARGON2_MEMORY_KIB", "32768",
                "PARLEY_STORAGE_DATA_DIR", "/srv/parley",
                "PARLEY_SERVER_ALLOWED_ORIGINS", "https://a.example, https://b.example",
                "PARLEY_RATE_LIMITS_LOGIN_WINDOW", "1h",
                "PARLEY_ADMIN_PASSWORD", "ignored: not a config key",
                "PARLEY_JAVA_OPTS", "-Xmx1g",
                "HOME", "/root"));

        assertThat(config.server().port()).isEqualTo(7070);
        assertThat(config.server().host()).isEqualTo("127.0.0.1");
        assertThat(config.server().allowedOrigins()).containsExactly("https://a.example", "https://b.example");
        assertThat(config.auth().argon2MemoryKib()).isEqualTo(32768);
        assertThat(config.storage().dataDir()).isEqualTo(Path.of("/srv/parley"));
        assertThat(config.rateLimits().loginWindow()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void precedenceOnOneNestedKey() {
        String key = "auth.refresh-token-ttl";
        Map<String, String> env = Map.of("PARLEY_AUTH_REFRESH_TOKEN_TTL", "7d");
        Path file = write("auth:\n  refresh-token-ttl: 2d\n");

        assertThat(ConfigLoader.load(Optional.empty(), Map.of()).auth().refreshTokenTtl()).as(key).isEqualTo(Duration.ofDays(30));
        assertThat(ConfigLoader.load(Optional.of(file), Map.of()).auth().refreshTokenTtl()).as(key).isEqualTo(Duration.ofDays(2));
        assertThat(ConfigLoader.load(Optional.empty(), env).auth().refreshTokenTtl()).as(key).isEqualTo(Duration.ofDays(7));
        assertThat(ConfigLoader.load(Optional.of(file), env).auth().refreshTokenTtl()).as(key).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void keysListEveryKeyWithItsVariableAndDefault() {
        assertThat(ConfigLoader.keys()).hasSize(36)
                .contains(new ConfigKey("server.port", "PARLEY_SERVER_PORT", "8080"),
                        new ConfigKey("auth.argon2-memory-kib", "PARLEY_AUTH_ARGON2_MEMORY_KIB", "19456"),
                        new ConfigKey("storage.data-dir", "PARLEY_STORAGE_DATA_DIR", "./data"),
                        new ConfigKey("storage.pool-size", "PARLEY_STORAGE_POOL_SIZE", "10"),
                        new ConfigKey("rate-limits.login-window", "PARLEY_RATE_LIMITS_LOGIN_WINDOW", "15m"),
                        new ConfigKey("rate-limits.register-per-ip", "PARLEY_RATE_LIMITS_REGISTER_PER_IP", "10"),
                        new ConfigKey("rate-limits.register-window", "PARLEY_RATE_LIMITS_REGISTER_WINDOW", "1h"),
                        new ConfigKey("auth.refresh-token-ttl", "PARLEY_AUTH_REFRESH_TOKEN_TTL", "30d"),
                        new ConfigKey("messaging.send-burst", "PARLEY_MESSAGING_SEND_BURST", "10"),
                        new ConfigKey("messaging.max-group-size", "PARLEY_MESSAGING_MAX_GROUP_SIZE", "250"),
                        new ConfigKey("gateway.port", "PARLEY_GATEWAY_PORT", "8081"),
                        new ConfigKey("gateway.event-log-retention", "PARLEY_GATEWAY_EVENT_LOG_RETENTION", "1h"),
                        new ConfigKey("gateway.hub-shards", "PARLEY_GATEWAY_HUB_SHARDS", "0"),
                        new ConfigKey("node.roles", "PARLEY_NODE_ROLES", "api,gateway,worker"),
                        new ConfigKey("bus.nats-url", "PARLEY_BUS_NATS_URL", ""),
                        new ConfigKey("bus.subject-prefix", "PARLEY_BUS_SUBJECT_PREFIX", "parley"),
                        new ConfigKey("bus.presence-refresh", "PARLEY_BUS_PRESENCE_REFRESH", "15s"));
        assertThat(ConfigLoader.keys().stream().map(ConfigKey::envVar)).doesNotHaveDuplicates();
    }

    private Path write(String yaml) {
        try {
            return Files.writeString(Files.createTempFile(dir, "parley", ".yaml"), yaml);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void leaves(JsonNode node, String prefix, List<String> out) {
        for (var entry : node.properties()) {
            String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            if (entry.getValue().isObject()) {
                leaves(entry.getValue(), key, out);
            } else {
                out.add(key);
            }
        }
    }
}
