package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.client.ParleyClient;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.server.config.GatewayConfig;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.config.Role;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node runs exactly the roles it is given: REST, the gateway and background jobs are separable. */
class NodeRolesTest {
    @TempDir
    Path dataDir;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private ParleyConfig withGatewayPort(ParleyConfig base, int port, String publicUrl) {
        var gateway = new GatewayConfig(port, publicUrl, Duration.ofMinutes(5), 10_000, 8 * 1024 * 1024, Duration.ofHours(1), 0);
        return new ParleyConfig(base.server(), base.storage(), base.auth(), base.rateLimits(), base.messaging(), gateway,
                base.log(), base.node(), base.bus());
    }

    @Test
    void an_api_node_serves_rest_and_names_the_cluster_gateway_without_opening_one() throws IOException {
        int gatewayPort = freePort();
        ParleyConfig config = TestConfigs.withRoles(
                withGatewayPort(TestConfigs.forDataDir(dataDir), gatewayPort, "wss://chat.example.com/gateway"), Role.API);
        try (Parley parley = Parley.open(config, InstantSource.system())) {
            int port = parley.serve();

            ParleyClient client = ParleyClient.connect(URI.create("http://127.0.0.1:" + port));
            assertThat(client.auth().register(new RegisterRequest("ada", "Ada", null, "correct horse battery")).username())
                    .isEqualTo("ada");
            assertThat(client.gatewayInfo().url()).isEqualTo("wss://chat.example.com/gateway");
            assertThat(parley.gatewayPort()).isZero();
            assertThat(listening(gatewayPort)).as("gateway port open").isFalse();
        }
    }

    @Test
    void a_gateway_node_serves_websockets_and_no_rest() throws Exception {
        int httpPort = freePort();
        ParleyConfig base = TestConfigs.forDataDir(dataDir);
        ParleyConfig config = TestConfigs.withRoles(new ParleyConfig(
                new dev.parley.server.config.ServerConfig("127.0.0.1", httpPort, "", 1_048_576, java.util.List.of()),
                base.storage(), base.auth(), base.rateLimits(), base.messaging(), base.gateway(), base.log(), base.node(),
                base.bus()), Role.GATEWAY);
        try (Parley parley = Parley.open(config, InstantSource.system())) {
            assertThat(parley.serve()).as("HTTP port").isZero();

            assertThat(listening(httpPort)).as("REST port open").isFalse();
            assertThat(GatewaySocket.firstFrame(parley.gatewayPort())).as("first frame").startsWith("{\"op\":\"HELLO\"");
        }
    }

    @Test
    void a_worker_node_opens_no_port() throws IOException {
        int httpPort = freePort();
        int gatewayPort = freePort();
        ParleyConfig base = withGatewayPort(TestConfigs.forDataDir(dataDir), gatewayPort, "");
        ParleyConfig config = TestConfigs.withRoles(new ParleyConfig(
                new dev.parley.server.config.ServerConfig("127.0.0.1", httpPort, "", 1_048_576, java.util.List.of()),
                base.storage(), base.auth(), base.rateLimits(), base.messaging(), base.gateway(), base.log(), base.node(),
                base.bus()), Role.WORKER);
        try (Parley parley = Parley.open(config, InstantSource.system())) {
            assertThat(parley.serve()).isZero();
            assertThat(parley.gatewayPort()).isZero();
            assertThat(listening(httpPort)).isFalse();
            assertThat(listening(gatewayPort)).isFalse();
        }
    }

    @Test
    void roles_come_from_the_command_line_over_the_environment() {
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int status = new Main(java.util.Map.of("PARLEY_NODE_ROLES", "api"), new java.io.PrintStream(out),
                new java.io.PrintStream(err)).run(new String[] {"serve", "--roles", "api,chef"});
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("node.roles: unknown role 'chef'");
        assertThatThrownBy(() -> TestConfigs.withRoles(TestConfigs.forDataDir(dataDir)))
                .hasMessageContaining("node.roles: needs at least one");
    }
}
