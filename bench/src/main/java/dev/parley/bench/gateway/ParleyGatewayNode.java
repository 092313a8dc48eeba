package dev.parley.bench.gateway;

import dev.parley.core.Caller;
import dev.parley.core.UseCases;
import dev.parley.protocol.auth.LoginRequest;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.auth.TokenResponse;
import dev.parley.protocol.community.CreateChannelRequest;
import dev.parley.protocol.community.CreateCommunityRequest;
import dev.parley.protocol.community.CreateInviteRequest;
import dev.parley.server.Parley;
import dev.parley.server.config.ConfigLoader;
import dev.parley.server.config.ParleyConfig;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The Parley target of the gateway benchmark: a real node, started as the server module starts
 * one ({@code Parley.open(config, clock)} then {@code serve()}) on a fresh SQLite file, in a JVM of
 * its own. The config is production's except what keeps set-up out of the way: Argon2 as cheap
 * as allowed, registration and login limits far above the set-up, the send limits at their
 * maximum (1,000 burst, 1,000/s per user), access tokens valid 24 h.
 *
 * <p>Before any set-up it asks {@code GET /api/v1/gateway} for the gateway URL, as a client does;
 * while the gateway is not served it prints {@code @UNAVAILABLE ...} and ends, so the load
 * generator reports the target as not measured. Then, through the use cases in process (set-up is
 * not measured):
 *
 * <ul>
 *   <li>{@code --users} users register and log in;</li>
 *   <li>user 0 creates the fan-out community with one text channel; users 1 .. M-1 join it by invite;</li>
 *   <li>every block of {@code --group-size} users among the first {@code --latency-clients} gets a
 *       community of its own with one text channel, created by its first user. One community per
 *       channel, because every member of a community sees its text channels: 50 channels in one
 *       community would send every message to all 5,000 clients.</li>
 * </ul>
 *
 * When {@code --dir} already holds a roster from an earlier start (the load generator starts a
 * fresh node for every scenario), the set-up is skipped: the database, the signing key and hence
 * the tokens are reused. {@code --exit-after-setup true} ends after the set-up, so that the node
 * measured never holds what the set-up left in its heap.
 *
 * <p>It writes the roster ({@link Roster}: {@code token fanoutChannelId latencyChannelId} per user,
 * {@code 0} for none), serves {@link HeapEndpoint}, prints {@code @SERVER ws=... admin=... roster=...}
 * and runs until its standard input closes. {@code --setup-only true} goes on without a gateway,
 * to time and check the set-up alone.
 *
 * <p>As a node of the cluster target ({@link ClusterTarget}) it takes {@code --roles} (default all
 * three), {@code --node-id}, {@code --database-url} (PostgreSQL instead of the SQLite file in
 * {@code --dir}), {@code --pool-size}, {@code --nats-url} and {@code --subject-prefix}; {@code --dir}
 * then holds only the signing key and the roster, shared by every node. A node without the gateway
 * role prints no {@code ws=}; a gateway-only node serves no REST, so it checks its own gateway URL
 * with one upgrade instead of asking {@code GET /api/v1/gateway}.
 */
public final class ParleyGatewayNode {
    private static final String IP = "127.0.0.1";
    private static final String PASSWORD = "bench-password-2026";

    private ParleyGatewayNode() {
    }

    /** A cluster node's arguments ({@link ClusterTarget}) and the config variables they set. */
    private static final Map<String, String> CLUSTER_ARGUMENTS = Map.of("database-url", "PARLEY_STORAGE_DATABASE_URL",
            "pool-size", "PARLEY_STORAGE_POOL_SIZE", "nats-url", "PARLEY_BUS_NATS_URL",
            "subject-prefix", "PARLEY_BUS_SUBJECT_PREFIX", "node-id", "PARLEY_NODE_ID");

    /** The roster's file name in {@code --dir}. */
    static final String ROSTER = "roster.txt";

    /** The arguments of a node that seeds (or has seeded) {@code dir} for these sizes. */
    static List<String> arguments(int users, int fanoutMembers, int groupSize, int latencyClients, Path dir) {
        return List.of("--users", "" + users, "--fanout-members", "" + fanoutMembers, "--group-size", "" + groupSize,
                "--latency-clients", "" + latencyClients, "--dir", dir.toString());
    }

    /**
     * The benchmark node's config variables: production's except what keeps set-up out of the way
     * (see the class comment), with its database and signing key in {@code dir}; {@code port} is the
     * HTTP port.
     */
    static Map<String, String> environment(Path dir, int port, List<String> roles) {
        return new java.util.HashMap<>(Map.ofEntries(
                Map.entry("PARLEY_SERVER_HOST", IP),
                Map.entry("PARLEY_SERVER_PORT", Integer.toString(port)),
                Map.entry("PARLEY_GATEWAY_PORT", "0"),
                // The same on every start: it is the tokens' issuer, and the roster's tokens outlive a node.
                Map.entry("PARLEY_SERVER_PUBLIC_URL", "http://" + IP),
                Map.entry("PARLEY_STORAGE_DATA_DIR", dir.toString()),
                Map.entry("PARLEY_AUTH_ACCESS_TOKEN_TTL", "24h"),
                Map.entry("PARLEY_AUTH_ARGON2_MEMORY_KIB", "1024"),
                Map.entry("PARLEY_AUTH_ARGON2_ITERATIONS", "1"),
                Map.entry("PARLEY_RATE_LIMITS_LOGIN_PER_ACCOUNT", "1000000"),
                Map.entry("PARLEY_RATE_LIMITS_LOGIN_PER_IP", "1000000"),
                Map.entry("PARLEY_RATE_LIMITS_REGISTER_PER_IP", "1000000"),
                Map.entry("PARLEY_MESSAGING_SEND_BURST", "1000"),
                Map.entry("PARLEY_MESSAGING_SEND_PER_SECOND", "1000"),
                Map.entry("PARLEY_LOG_LEVEL", "WARN"),
                Map.entry("PARLEY_NODE_ROLES", String.join(",", roles)),
                // Hub shards as the environment of the benchmark says (0, the default: one per core).
                Map.entry("PARLEY_GATEWAY_HUB_SHARDS", System.getenv().getOrDefault("PARLEY_GATEWAY_HUB_SHARDS", "0"))));
    }

    /** {@link #environment} as a config, for a node with every role (IdentifyCost). */
    static ParleyConfig config(Path dir, int port) {
        return ConfigLoader.load(Optional.empty(), environment(dir, port, List.of("api", "gateway", "worker")));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].substring(2), args[i + 1]);
        }
        int users = Integer.parseInt(a.get("users"));
        int fanoutMembers = Integer.parseInt(a.get("fanout-members"));
        int groupSize = Integer.parseInt(a.get("group-size"));
        int latencyClients = Integer.parseInt(a.get("latency-clients"));
        Path dir = Files.createDirectories(Path.of(a.get("dir")));
        List<String> roles = List.of(a.getOrDefault("roles", "api,gateway,worker").split(","));

        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Map<String, String> env = environment(dir, port, roles);
        CLUSTER_ARGUMENTS.forEach((argument, variable) -> {
            if (a.containsKey(argument)) {
                env.put(variable, a.get(argument));
            }
        });
        ParleyConfig config = ConfigLoader.load(Optional.empty(), env);
        try (Parley parley = Parley.open(config, InstantSource.system())) {
            parley.serve();
            String gateway = null;
            if (roles.contains("gateway")) {
                // With the api role, as a client finds it; a gateway-only node serves no REST, so its own URL.
                gateway = roles.contains("api")
                        ? discover(URI.create("http://" + IP + ":" + port + "/api/v1/gateway"))
                        : upgrades(parley.gatewayUrl());
                if (gateway == null && !a.containsKey("setup-only")) {
                    return;
                }
            }
            Path rosterFile = dir.resolve(ROSTER);
            if (Files.exists(rosterFile)) {
                System.err.println("set-up: reusing the database and roster in " + dir);
            } else {
                long t0 = System.nanoTime();
                List<String> roster = setUp(parley.useCases(), users, fanoutMembers, groupSize, latencyClients);
                Files.write(rosterFile.resolveSibling("roster.tmp"), roster);
                Files.move(rosterFile.resolveSibling("roster.tmp"), rosterFile);
                System.err.printf("set-up: %d users in %.1f s%n", users, (System.nanoTime() - t0) / 1e9);
            }
            if (a.containsKey("exit-after-setup")) {
                System.out.println("@SETUP " + rosterFile);
                System.out.flush();
                System.exit(0);
            }
            try (HeapEndpoint admin = HeapEndpoint.start(() -> -1)) {
                System.out.println("@SERVER " + (gateway == null ? "" : "ws=" + gateway + " ") + "admin=" + admin.url()
                        + " roster=" + rosterFile);
                System.out.flush();
                RawNettyBroadcastServer.waitForEndOfInput(System.in);
            }
        }
        System.exit(0);
    }

    /** The gateway URL from {@code GET /api/v1/gateway}, or null after printing why there is none. */
    private static String discover(URI route) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(route).build(), HttpResponse.BodyHandlers.ofString());
            String url = r.statusCode() == 200 ? Wire.string(r.body(), "url") : null;
            if (url == null) {
                System.out.println("@UNAVAILABLE GET /api/v1/gateway answered " + r.statusCode()
                        + ": this build of Parley serves no gateway yet");
                return null;
            }
            // The route may name a URL before anything listens there: try one upgrade.
            return upgrades(url);
        }
    }

    /** {@code url} when one WebSocket upgrade succeeds there, or null after printing why not. */
    private static String upgrades(String url) throws InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            http.newWebSocketBuilder().connectTimeout(java.time.Duration.ofSeconds(10))
                    .buildAsync(URI.create(url), new java.net.http.WebSocket.Listener() { })
                    .get(15, java.util.concurrent.TimeUnit.SECONDS).abort();
            return url;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            System.out.println("@UNAVAILABLE the gateway at " + url + " answers no WebSocket upgrade ("
                    + (e.getCause() == null ? e : e.getCause()) + "): this build of Parley does not start its gateway yet");
            return null;
        }
    }

    private record Member(long userId, String token, Caller caller) {
    }

    private static List<String> setUp(UseCases u, int users, int fanoutMembers, int groupSize, int latencyClients)
            throws Exception {
        List<Member> members = parallel(users, i -> register(u, i));
        long fanout = channelFor(u, "fanout", members.subList(0, Math.min(fanoutMembers, users)));
        int groups = (Math.min(latencyClients, users) + groupSize - 1) / groupSize;
        long[] latency = new long[groups];
        List<Long> made = parallel(groups, g -> channelFor(u, "latency-" + g,
                members.subList(g * groupSize, Math.min(users, (g + 1) * groupSize))));
        for (int g = 0; g < groups; g++) {
            latency[g] = made.get(g);
        }
        List<String> roster = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            roster.add(members.get(i).token() + " " + (i < fanoutMembers ? fanout : 0) + " "
                    + (i / groupSize < groups ? latency[i / groupSize] : 0));
        }
        return roster;
    }

    /** A community of {@code people} (the first creates it) with one text channel; its id. */
    private static long channelFor(UseCases u, String name, List<Member> people) throws Exception {
        Member owner = people.getFirst();
        long community = u.communities().create(owner.caller(), new CreateCommunityRequest(name, null)).id();
        long channel = u.channels().create(owner.caller(), community,
                new CreateChannelRequest("text", name, null, null, null, null, null)).id();
        String invite = u.invites().create(owner.caller(), community, new CreateInviteRequest(0, 0)).code();
        parallel(people.size() - 1, i -> {
            u.invites().accept(people.get(i + 1).caller(), invite);
            return null;
        });
        return channel;
    }

    private static Member register(UseCases u, int index) {
        String name = "gw_user_" + index;
        u.accounts().register(new RegisterRequest(name, "Gateway user " + index, null, PASSWORD), IP);
        TokenResponse t = u.accounts().login(new LoginRequest(name, PASSWORD, "bench"), IP);
        return new Member(t.user().id(), t.accessToken(), new Caller(t.user().id(), t.sessionId(), IP));
    }

    interface Task<T> {
        T run(int index) throws Exception;
    }

    /** Runs {@code n} tasks on virtual threads, 64 at a time (group commit batches their writes); results in order. */
    private static <T> List<T> parallel(int n, Task<T> task) throws Exception {
        var gate = new java.util.concurrent.Semaphore(64);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> c = () -> {
                    gate.acquire();
                    try {
                        return task.run(index);
                    } finally {
                        gate.release();
                    }
                };
                futures.add(pool.submit(c));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        }
    }
}
