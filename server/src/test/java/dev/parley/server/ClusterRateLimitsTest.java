package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.ParleyClient;
import dev.parley.client.ParleyException;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.server.config.NodeConfig;
import dev.parley.server.config.ParleyConfig;
import dev.parley.store.sql.PostgresTestDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rate limits are the cluster's, not a node's: two nodes in this JVM (two {@link Parley}s on one
 * PostgreSQL database, each serving REST on its own port) and one client IP registering on them
 * in turn meet the limit at the same count as on one node. Needs the real PostgreSQL.
 */
class ClusterRateLimitsTest {
    /** {@code rate-limits.register-per-ip} in the test config (per hour: nothing refills during the test). */
    private static final int REGISTER_PER_IP = 10;

    @TempDir
    Path dataDir;

    @Test
    void registrations_from_one_ip_spend_one_budget_whichever_node_they_reach() {
        ParleyConfig config = TestConfigs.forDatabase(dataDir, PostgresTestDatabase.createDatabase());
        assertThat(config.rateLimits().registerPerIp()).isEqualTo(REGISTER_PER_IP);
        try (Parley one = Parley.open(node(config, 1), InstantSource.system());
             Parley two = Parley.open(node(config, 2), InstantSource.system())) {
            List<ParleyClient> nodes = List.of(client(one.serve()), client(two.serve()));
            assertThat(registrationsAllowed(nodes)).isEqualTo(REGISTER_PER_IP);
            for (ParleyClient node : nodes) {
                assertThat(refusal(node, "late")).as("each node refuses once the shared budget is spent")
                        .isNotNull();
            }
        }
    }

    @Test
    void one_node_on_postgresql_allows_the_same_count() {
        ParleyConfig config = TestConfigs.forDatabase(dataDir, PostgresTestDatabase.createDatabase());
        try (Parley alone = Parley.open(config, InstantSource.system())) {
            assertThat(registrationsAllowed(List.of(client(alone.serve())))).isEqualTo(REGISTER_PER_IP);
        }
    }

    /** Registers on the nodes in turn until one answers 429; the number that got through. */
    private static int registrationsAllowed(List<ParleyClient> nodes) {
        for (int i = 0; i <= 2 * REGISTER_PER_IP; i++) {
            ParleyException refused = refusal(nodes.get(i % nodes.size()), "user" + i);
            if (refused != null) {
                assertThat(refused.status()).isEqualTo(429);
                assertThat(refused.code()).isEqualTo("rate_limited");
                assertThat(refused.retryAfterSeconds()).isPresent();
                return i;
            }
        }
        throw new AssertionError("no registration was ever refused");
    }

    /** Registers {@code username}; null if it worked, else the refusal. */
    private static ParleyException refusal(ParleyClient node, String username) {
        try {
            node.auth().register(new RegisterRequest(username, username, null, "analytical engine 1843"));
            return null;
        } catch (ParleyException e) {
            return e;
        }
    }

    private static ParleyClient client(int port) {
        return ParleyClient.connect(URI.create("http://127.0.0.1:" + port));
    }

    /** {@code config} as node {@code id} of the cluster (ids are part of every id a node makes). */
    private static ParleyConfig node(ParleyConfig config, int id) {
        return new ParleyConfig(config.server(), config.storage(), config.auth(), config.rateLimits(), config.messaging(),
                config.gateway(), config.log(), new NodeConfig(id, config.node().roles()), config.bus());
    }
}
