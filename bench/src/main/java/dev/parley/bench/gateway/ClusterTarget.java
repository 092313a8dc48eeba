package dev.parley.bench.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The cluster target of the gateway benchmark: Parley as issue 5 runs it, one api node
 * ({@code api,worker}) and {@code --cluster-gateways} gateway-only nodes, each a JVM of its own
 * ({@link ParleyGatewayNode} with roles), on one PostgreSQL database and one NATS server. The
 * load generator spreads its clients over the gateways ({@link GatewaySpread}); a message sent
 * on one gateway reaches the members on the others through the NATS doorbell and the event log.
 *
 * <p>Once per run, on first start: a fresh database {@code parley_bench_<random>} on the
 * PostgreSQL server of {@code --cluster-postgres}, a NATS subject prefix of the run's own, and a
 * data directory every node shares (the token signing key, so that a token of the roster verifies
 * on every node, and the roster). A set-up node seeds the database through the use cases, as for
 * the single-node target, and ends; every scenario then starts fresh nodes on the seeded
 * database. {@link #close} drops the database at the end of the run.
 *
 * <p>Connections to PostgreSQL (its {@code max_connections} is shared with whatever else runs):
 * a node opens 2 × pool + max(2, pool / 4); the api node serves no load here (pool 2: 6), each
 * gateway runs the send use case for its clients ({@code --cluster-pool-size}, default 8: 18),
 * the set-up node seeds 64 users at a time (pool 12: 27).
 */
final class ClusterTarget implements AutoCloseable {
    private static final int SETUP_POOL = 12;
    private static final int API_POOL = 2;

    private final GatewayOptions o;
    private final Path logDir;
    private final String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    private String databaseUrl;
    private int starts;
    private final java.util.concurrent.atomic.AtomicBoolean dropped = new java.util.concurrent.atomic.AtomicBoolean();

    ClusterTarget(GatewayOptions o, Path logDir) {
        this.o = o;
        this.logDir = logDir;
    }

    /** Starts the api node and the gateways (seeding the run's database first, once); fails with what is missing. */
    ServerUnderTest start() throws IOException, InterruptedException {
        Path dir = logDir.resolve("cluster-data");
        if (databaseUrl == null) {
            requireNats();
            databaseUrl = createDatabase();
        }
        List<String> seeded = ParleyGatewayNode.arguments(o.clusterUsers(), o.fanoutMembers("cluster"), o.groupSize(),
                o.latencyClients(), dir);
        ServerUnderTest.setUpOnce(node(seeded, "api,worker", 1, SETUP_POOL), dir, logDir, "cluster-setup");
        starts++;
        Map<String, ChildJvm> nodes = new LinkedHashMap<>();
        try {
            nodes.put("api", launch("api", node(seeded, "api,worker", 1, API_POOL)));
            for (int g = 1; g <= o.clusterGateways(); g++) {
                nodes.put("gateway-" + g, launch("gateway-" + g, node(seeded, "gateway", 1 + g, o.clusterPoolSize())));
            }
            Map<ServerUnderTest.Node, String> ready = new LinkedHashMap<>();
            for (var e : nodes.entrySet()) {
                ready.put(new ServerUnderTest.Node(e.getKey(), e.getValue()), e.getValue().await("@SERVER", 600));
            }
            return new ServerUnderTest("cluster", "cluster", ready, null);
        } catch (IllegalStateException | IOException e) {
            for (ChildJvm j : nodes.values()) {
                j.close();
            }
            throw e;
        }
    }

    private ChildJvm launch(String node, List<String> args) throws IOException {
        String name = "cluster-" + starts + "-" + node;
        return ChildJvm.start(name, logDir, ServerUnderTest.jvmOptions(o, logDir, name), ParleyGatewayNode.class, args);
    }

    private List<String> node(List<String> seeded, String roles, int nodeId, int pool) {
        List<String> args = new ArrayList<>(seeded);
        args.addAll(List.of("--roles", roles, "--node-id", "" + nodeId, "--database-url", databaseUrl,
                "--pool-size", "" + pool, "--nats-url", o.clusterNats(), "--subject-prefix", "parley-bench-" + run));
        return args;
    }

    private void requireNats() {
        URI nats = URI.create(o.clusterNats().split(",")[0]);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(nats.getHost(), nats.getPort() < 0 ? 4222 : nats.getPort()), 5_000);
        } catch (IOException e) {
            throw new IllegalStateException("the cluster target needs the NATS server at " + o.clusterNats()
                    + " (--cluster-nats), and it did not answer: " + e.getMessage());
        }
    }

    /** Creates the run's database on the server of {@code --cluster-postgres}; its JDBC URL with the same user. */
    private String createDatabase() {
        String admin = o.clusterPostgres();
        int slash = admin.lastIndexOf('/');
        int query = admin.indexOf('?', slash);
        String name = "parley_bench_" + run;
        execute("CREATE DATABASE " + name);
        // Also when the run is interrupted (Ctrl-C): a seeded database holds 20,000 users.
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
        String url = admin.substring(0, slash + 1) + name + (query < 0 ? "" : admin.substring(query));
        System.out.println("   cluster    database " + name + " (dropped at the end of the run), NATS subjects parley-bench-"
                + run + ".*");
        return url;
    }

    private void execute(String sql) {
        // The PostgreSQL driver itself: DriverManager would load every driver on the class path (and their logging).
        try (Connection c = new org.postgresql.Driver().connect(o.clusterPostgres(), new Properties())) {
            if (c == null) {
                throw new SQLException("not a jdbc:postgresql: URL");
            }
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the cluster target needs the PostgreSQL server of --cluster-postgres "
                    + o.clusterPostgres() + " (a user that may create databases): " + sql + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (databaseUrl != null && dropped.compareAndSet(false, true)) {
            try {
                execute("DROP DATABASE IF EXISTS parley_bench_" + run + " WITH (FORCE)");
            } catch (IllegalStateException e) {
                System.err.println("could not drop the benchmark's database: " + e.getMessage());
            }
        }
    }
}
