package dev.parley.bench.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A server the load generator measures, in JVMs of its own so that its heap and CPU are its
 * own: the raw-Netty baseline, a Parley node, or a Parley cluster ({@link ClusterTarget}: an api
 * node and gateway nodes, one JVM each). Every JVM starts with the same JVM options and prints
 * {@code @SERVER [ws=<url>] admin=<url> [roster=<file>]} when ready; each {@code ws} is one
 * gateway the clients are spread over ({@link GatewaySpread}). The heap is read from the first
 * node's {@link HeapEndpoint} ({@code /heap}): a single-node figure.
 */
final class ServerUnderTest implements AutoCloseable {
    /** The same for every target: a fixed heap ceiling so that GC behaves alike. */
    static final List<String> JVM_OPTIONS = List.of("-Xmx4g", "-XX:+UseG1GC");

    /** One JVM of the server, named for the CPU report ({@code parley}, {@code api}, {@code gateway-1}, ...). */
    record Node(String name, ChildJvm jvm) {
    }

    /** {@code raw}, {@code parley} or {@code cluster}, as {@code --targets} names it. */
    final String target;
    /** How the workers' logs are named. */
    final String name;
    final GatewaySpread gateways;
    final URI admin;
    /** How workers find tokens and channels (see {@link Roster#parse}). */
    final String roster;
    private final List<Node> nodes;
    private static int parleyStarts;
    private static int rawStarts;

    /**
     * @param nodes  the server's JVMs, each with the {@code @SERVER} line it printed
     */
    ServerUnderTest(String target, String name, Map<Node, String> nodes, String defaultRoster) {
        this.target = target;
        this.name = name;
        this.nodes = List.copyOf(nodes.keySet());
        List<URI> ws = new ArrayList<>();
        String r = null;
        for (String ready : nodes.values()) {
            if (field(ready, "ws") != null) {
                ws.add(URI.create(field(ready, "ws")));
            }
            r = r != null ? r : field(ready, "roster");
        }
        this.gateways = new GatewaySpread(ws);
        this.admin = URI.create(field(nodes.values().iterator().next(), "admin"));
        this.roster = r == null ? defaultRoster : r;
    }

    /** {@link #JVM_OPTIONS}, plus a JFR recording into the log directory with {@code --profile 1}. */
    static List<String> jvmOptions(GatewayOptions o, Path logDir, String name) {
        if (o.profile() == 0) {
            return JVM_OPTIONS;
        }
        List<String> options = new ArrayList<>(JVM_OPTIONS);
        options.add("-XX:StartFlightRecording=filename=" + logDir.resolve(name + ".jfr") + ",settings=profile");
        return options;
    }

    static ServerUnderTest start(String target, GatewayOptions o, Path logDir) throws IOException, InterruptedException {
        if (target.equals("raw")) {
            String name = "raw-server-" + (++rawStarts);
            ChildJvm jvm = ChildJvm.start(name, logDir, jvmOptions(o, logDir, name), RawNettyBroadcastServer.class, List.of());
            return new ServerUnderTest(target, "raw-netty", Map.of(new Node("raw", jvm), jvm.await("@SERVER", 60)),
                    "raw:" + o.groupSize());
        }
        Path dir = logDir.resolve("parley-data");
        List<String> args = ParleyGatewayNode.arguments(o.users(), o.fanoutMembers(), o.groupSize(), o.latencyClients(), dir);
        setUpOnce(args, dir, logDir, "parley-setup");
        String name = "parley-server-" + (++parleyStarts);
        ChildJvm jvm = ChildJvm.start(name, logDir, jvmOptions(o, logDir, name), ParleyGatewayNode.class, args);
        try {
            return new ServerUnderTest(target, "parley", Map.of(new Node("parley", jvm), jvm.await("@SERVER", 1800)), null);
        } catch (IllegalStateException e) {
            jvm.close();
            throw e;
        }
    }

    /**
     * Seeds the database in a node of its own that ends after the set-up, unless {@code dir} holds
     * the roster of an earlier set-up: the nodes measured start on the finished database, and never
     * hold what the set-up left in its heap.
     */
    static void setUpOnce(List<String> nodeArgs, Path dir, Path logDir, String name) throws IOException, InterruptedException {
        if (Files.exists(dir.resolve(ParleyGatewayNode.ROSTER))) {
            return;
        }
        List<String> setup = new ArrayList<>(nodeArgs);
        setup.addAll(List.of("--exit-after-setup", "true"));
        long t0 = System.nanoTime();
        try (ChildJvm once = ChildJvm.start(name, logDir, JVM_OPTIONS, ParleyGatewayNode.class, setup)) {
            once.await("@SETUP", 3600);
        }
        System.out.printf("   set-up     %s seeded the database in %.1f s (not measured)%n", name, (System.nanoTime() - t0) / 1e9);
    }

    /** The server's used heap after full collections, in bytes, and the connections it holds. */
    long[] heapAfterGc() throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String body = http.send(HttpRequest.newBuilder(admin.resolve("/heap")).timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            long heap = -1;
            long connections = -1;
            for (String line : body.split("\n")) {
                String[] kv = line.split(" ");
                if (kv[0].equals("heap_after_gc_bytes")) {
                    heap = Long.parseLong(kv[1]);
                } else if (kv[0].equals("connections")) {
                    connections = Long.parseLong(kv[1]);
                }
            }
            return new long[] {heap, connections};
        }
    }

    /** CPU seconds used so far by each of the server's JVMs, by node name, in start order. */
    Map<String, Double> cpuSeconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        nodes.forEach(n -> out.put(n.name(), n.jvm().cpuSeconds()));
        return out;
    }

    private static String field(String line, String name) {
        for (String part : line.split(" ")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        // Gateways first, as an operator stops a cluster: their clients' sessions end before the api goes.
        for (Node n : nodes.reversed()) {
            n.jvm().close();
        }
    }
}
