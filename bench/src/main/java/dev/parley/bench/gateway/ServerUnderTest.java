package dev.parley.bench.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A server the load generator measures, in a JVM of its own so that its heap and CPU are its
 * own: the raw-Netty baseline or a Parley node. Both start with the same JVM options, print
 * {@code @SERVER ws=<url> admin=<url> [roster=<file>]} when ready, and answer {@link HeapEndpoint}'s
 * {@code /heap}.
 */
final class ServerUnderTest implements AutoCloseable {
    /** The same for both targets: a fixed heap ceiling so that GC behaves alike. */
    static final List<String> JVM_OPTIONS = List.of("-Xmx4g", "-XX:+UseG1GC");

    final String name;
    final URI gateway;
    final URI admin;
    /** How workers find tokens and channels (see {@link Roster#parse}). */
    final String roster;
    private final ChildJvm jvm;
    private static int parleyStarts;
    private static int rawStarts;

    private ServerUnderTest(String name, ChildJvm jvm, String ready, String defaultRoster) {
        this.name = name;
        this.jvm = jvm;
        this.gateway = URI.create(field(ready, "ws"));
        this.admin = URI.create(field(ready, "admin"));
        String r = field(ready, "roster");
        this.roster = r == null ? defaultRoster : r;
    }

    /** {@link #JVM_OPTIONS}, plus a JFR recording into the log directory with {@code --profile 1}. */
    private static List<String> jvmOptions(GatewayOptions o, Path logDir, String name) {
        if (o.profile() == 0) {
            return JVM_OPTIONS;
        }
        List<String> options = new java.util.ArrayList<>(JVM_OPTIONS);
        options.add("-XX:StartFlightRecording=filename=" + logDir.resolve(name + ".jfr") + ",settings=profile");
        return options;
    }

    static ServerUnderTest start(String target, GatewayOptions o, Path logDir) throws IOException, InterruptedException {
        if (target.equals("raw")) {
            String name = "raw-server-" + (++rawStarts);
            ChildJvm jvm = ChildJvm.start(name, logDir, jvmOptions(o, logDir, name), RawNettyBroadcastServer.class, List.of());
            return new ServerUnderTest("raw-netty", jvm, jvm.await("@SERVER", 60), "raw:" + o.groupSize());
        }
        List<String> args = List.of("--users", "" + o.users(), "--fanout-members", "" + o.fanoutMembers(),
                "--group-size", "" + o.groupSize(), "--latency-clients", "" + o.latencyClients(),
                "--dir", logDir.resolve("parley-data").toString());
        if (!java.nio.file.Files.exists(logDir.resolve("parley-data").resolve("roster.txt"))) {
            // Set up once, in a node of its own: the nodes measured start on the finished database.
            List<String> setup = new java.util.ArrayList<>(args);
            setup.addAll(List.of("--exit-after-setup", "true"));
            try (ChildJvm once = ChildJvm.start("parley-setup", logDir, JVM_OPTIONS, ParleyGatewayNode.class, setup)) {
                once.await("@SETUP", 1800);
            }
        }
        String name = "parley-server-" + (++parleyStarts);
        ChildJvm jvm = ChildJvm.start(name, logDir, jvmOptions(o, logDir, name), ParleyGatewayNode.class, args);
        try {
            return new ServerUnderTest("parley", jvm, jvm.await("@SERVER", 1800), null);
        } catch (IllegalStateException e) {
            jvm.close();
            throw e;
        }
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

    double cpuSeconds() {
        return jvm.cpuSeconds();
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
        jvm.close();
    }
}
