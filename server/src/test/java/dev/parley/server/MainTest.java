package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.auth.LoginRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes and messages of every command that returns. */
class MainTest {
    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return new Main(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("PARLEY_STORAGE_DATA_DIR", dataDir.toString());
        env.put("PARLEY_AUTH_ARGON2_MEMORY_KIB", "1024");
        env.put("PARLEY_AUTH_ARGON2_ITERATIONS", "1");
        env.put("PARLEY_LOG_LEVEL", "WARN");
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void version_and_help_print_and_succeed() {
        assertThat(run(Map.of(), "version")).isZero();
        assertThat(out()).startsWith("parley ");
        assertThat(run(Map.of(), "help")).isZero();
        assertThat(out()).contains("serve", "admin create", "--config");
    }

    @Test
    void bad_usage_exits_2_and_says_why() {
        assertThat(run(Map.of(), "frobnicate")).isEqualTo(2);
        assertThat(err()).contains("frobnicate").contains("parley help");
    }

    @Test
    void an_invalid_setting_stops_start_up_naming_the_key() {
        assertThat(run(env("PARLEY_SERVER_PORT", "70000"), "serve")).isEqualTo(1);
        assertThat(err()).contains("server.port");
    }

    @Test
    void a_missing_config_file_is_named() {
        assertThat(run(env(), "--config", dataDir.resolve("nope.yaml").toString())).isEqualTo(1);
        assertThat(err()).contains("nope.yaml");
    }

    @Test
    void admin_create_makes_an_administrator_who_can_log_in() {
        int code = run(env("PARLEY_ADMIN_PASSWORD", "root of all evil 42"),
                "admin", "create", "--username", "root", "--email", "root@example.test");
        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("Created administrator root");

        var config = TestConfigs.forDataDir(dataDir);
        try (Parley parley = Parley.open(config, InstantSource.system())) {
            var tokens = parley.useCases().accounts().login(new LoginRequest("root", "root of all evil 42", null), "127.0.0.1");
            assertThat(tokens.user().admin()).isTrue();
        }
    }

    @Test
    void admin_create_refuses_weak_passwords_and_taken_names() {
        assertThat(run(env("PARLEY_ADMIN_PASSWORD", "1234567890"), "admin", "create", "--username", "root")).isEqualTo(1);
        assertThat(err()).contains("common");
        assertThat(run(env("PARLEY_ADMIN_PASSWORD", "root of all evil 42"), "admin", "create", "--username", "root")).isZero();
        assertThat(run(env("PARLEY_ADMIN_PASSWORD", "root of all evil 42"), "admin", "create", "--username", "ROOT")).isEqualTo(1);
        assertThat(err()).contains("taken");
    }

    @Test
    @Timeout(60)
    void a_taken_gateway_port_is_one_line_naming_it() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int code = run(env("PARLEY_SERVER_HOST", "127.0.0.1", "PARLEY_SERVER_PORT", "0",
                    "PARLEY_GATEWAY_PORT", String.valueOf(taken.getLocalPort())), "serve");
            assertThat(code).as(err()).isEqualTo(1);
            assertThat(err()).startsWith("parley: cannot start: the gateway cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .doesNotContain("\tat ");
            assertThat(err().strip().lines()).hasSize(1);
        }
    }

    @Test
    @Timeout(60) // if the port were not taken after all, serve would block
    void a_taken_port_is_reported_in_one_line_and_start_up_fails() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int code = run(env("PARLEY_SERVER_HOST", "127.0.0.1", "PARLEY_SERVER_PORT", String.valueOf(taken.getLocalPort())), "serve");
            assertThat(code).as(err()).isEqualTo(1);
            assertThat(err()).startsWith("parley: cannot start: ")
                    .contains(String.valueOf(taken.getLocalPort()))
                    .doesNotContain("\tat ", "Exception");
            assertThat(err().strip().lines()).hasSize(1);
        }
        // what was opened was closed again: the database is free for the next start
        try (Parley parley = Parley.open(TestConfigs.forDataDir(dataDir), InstantSource.system())) {
            assertThat(parley.useCases().databaseReachable().getAsBoolean()).isTrue();
        }
    }

    @Test
    @Timeout(60)
    void at_debug_level_the_stack_trace_follows_the_reason() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int code = run(env("PARLEY_SERVER_HOST", "127.0.0.1", "PARLEY_SERVER_PORT", String.valueOf(taken.getLocalPort()),
                    "PARLEY_LOG_LEVEL", "DEBUG"), "serve");
            assertThat(code).isEqualTo(1);
            assertThat(err()).startsWith("parley: cannot start: ").contains("\tat ");
        }
    }
}
