package dev.parley.server.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each class of bad value fails with a message that starts with the key and says why. */
class ConfigErrorsTest {
    @TempDir
    Path dir;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                // out of range
                bad("server:\n  port: 70000", "server.port: must be between 0 and 65535 (was 70000)"),
                bad("server:\n  max-body-bytes: 0", "server.max-body-bytes: must be between 1 and 67108864 (was 0)"),
                bad("node:\n  id: 1024", "node.id: must be between 0 and 1023 (was 1024)"),
                bad("server:\n  trusted-proxies: [10.0.0.0/8, lb.internal]",
                        "server.trusted-proxies: not an IP address or CIDR range: 'lb.internal'"),
                bad("node:\n  roles: [api, chef]", "node.roles: unknown role 'chef' (known: api, gateway, worker)"),
                bad("node:\n  roles: api,api", "node.roles: lists 'api' twice"),
                bad("node:\n  roles: []", "node.roles: needs at least one of api, gateway, worker"),
                bad("bus:\n  nats-url: http://127.0.0.1:4222", "bus.nats-url: each server must be a nats:// or tls:// URL"),
                bad("bus:\n  nats-url: 'nats://a b'", "bus.nats-url: not a URL"),
                bad("bus:\n  subject-prefix: 'parley.*'", "bus.subject-prefix: must be dot-separated tokens"),
                bad("bus:\n  nats-url: nats://127.0.0.1:4222", "bus.nats-url: a cluster shares one PostgreSQL database"),
                bad("gateway:\n  resume-max-events: 99", "gateway.resume-max-events: must be between 100 and 1000000 (was 99)"),
                bad("gateway:\n  hub-shards: 257", "gateway.hub-shards: must be between 0 and 256 (was 257)"),
                bad("gateway:\n  resume-window: 10m\n  event-log-retention: 5m",
                        "gateway.event-log-retention: must be at least gateway.resume-window (5m < 10m)"),
                bad("gateway:\n  public-url: https://chat.example.com/gateway", "gateway.public-url: must be an absolute ws(s) URL"),
                bad("gateway:\n  public-url: wss://chat.example.com", "gateway.public-url: must be an absolute ws(s) URL"),
                bad("messaging:\n  max-group-size: 1", "messaging.max-group-size: must be between 2 and 10000 (was 1)"),
                bad("auth:\n  argon2-parallelism: 17", "auth.argon2-parallelism: must be between 1 and 16 (was 17)"),
                bad("auth:\n  access-token-ttl: 2d", "auth.access-token-ttl: must be between 1m and 24h (was 2d)"),
                bad("auth:\n  access-token-ttl: 2h\n  refresh-token-ttl: 1h",
                        "auth.refresh-token-ttl: must be longer than auth.access-token-ttl (1h <= 2h)"),
                bad("rate-limits:\n  login-per-ip: 0", "rate-limits.login-per-ip: must be positive (was 0)"),
                bad("rate-limits:\n  login-window: 0s", "rate-limits.login-window: must be positive (was PT0S)"),
                // wrong type
                bad("server:\n  port: abc", "server.port: not an integer: \"abc\""),
                bad("server:\n  port: 80.5", "server.port: not an integer: \"80.5\""),
                bad("server:\n  port: [1, 2]", "server.port: expected a single value, not a list"),
                bad("server: 8080", "server: expected a mapping of keys (host, port, public-url"),
                bad("- server", "config file FILE: expected a mapping of sections (server, storage, auth, rate-limits, messaging, gateway, log, node, bus)"),
                // bad duration
                bad("auth:\n  access-token-ttl: soon", "auth.access-token-ttl: not a duration: \"soon\""),
                bad("auth:\n  access-token-ttl: 900", "auth.access-token-ttl: not a duration: \"900\""),
                // unknown key
                bad("storage:\n  bogus: 1", "storage.bogus: unknown key (known here: data-dir, database-url, pool-size)"),
                bad("bogus:\n  x: 1", "bogus: unknown key (known here: server, storage, auth, rate-limits, messaging, gateway, log, node, bus)"),
                bad("server.port: 1", "server.port: unknown key"),
                bad("rate_limits:\n  login-per-ip: 1", "rate_limits: unknown key"),
                // bad enum
                bad("log:\n  format: xml", "log.format: must be one of text, json (was \"xml\")"),
                bad("log:\n  level: VERBOSE", "log.level: must be one of TRACE, DEBUG, INFO, WARN, ERROR (was \"VERBOSE\")"),
                // bad URL
                bad("server:\n  public-url: chat.example.com", "server.public-url: must be an absolute http(s) URL"),
                bad("server:\n  public-url: https://example.com/chat", "server.public-url: must be an absolute http(s) URL"),
                bad("server:\n  public-url: ftp://example.com", "server.public-url: must be an absolute http(s) URL"),
                bad("server:\n  allowed-origins: [https://ok.example, https://x.example/path]",
                        "server.allowed-origins: must be an http(s) origin"),
                bad("storage:\n  database-url: jdbc:mysql://db/parley", "storage.database-url: must start with jdbc:sqlite:"),
                bad("storage:\n  database-url: postgresql://u:secret@/parley",
                        "storage.database-url: needs a host and a database"),
                bad("storage:\n  database-url: postgresql://db.example.com", "storage.database-url: needs a host and a database"),
                bad("storage:\n  pool-size: 0", "storage.pool-size: must be between 1 and 1000 (was 0)"),
                // the file itself
                bad("server:\n  port: 1\n  port: 2", "config file FILE: not valid YAML: Duplicate Object property \"port\""),
                bad("server: [unclosed", "config file FILE: not valid YAML: while parsing a flow sequence"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileNamesTheKey(String yaml, String message) throws IOException {
        Path file = Files.writeString(dir.resolve("parley.yaml"), yaml + "\n");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(file), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(message.replace("FILE", file.toString()));
    }

    @Test
    void aValueFromTheEnvironmentSaysSo() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("PARLEY_SERVER_PORT", "70000")))
                .hasMessage("server.port: must be between 0 and 65535 (was 70000) (from PARLEY_SERVER_PORT)");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("PARLEY_AUTH_ACCESS_TOKEN_TTL", "soon")))
                .hasMessageStartingWith("auth.access-token-ttl: not a duration: \"soon\"")
                .hasMessageEndingWith("(from PARLEY_AUTH_ACCESS_TOKEN_TTL)");
    }

    @Test
    void theDatabaseUrlIsNeverEchoed() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(),
                Map.of("PARLEY_STORAGE_DATABASE_URL", "postgresql://u:secret@/p")))
                .hasMessageNotContaining("secret");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(missing), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config file " + missing + ": not found");
    }

    @Test
    void aDirectoryIsNotAFile() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(dir), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("config file " + dir + ": cannot be read");
    }

    private static Arguments bad(String yaml, String message) {
        return Arguments.of(yaml, message);
    }
}
