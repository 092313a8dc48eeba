package dev.parley.bench;

import dev.parley.bench.gateway.ChildJvm;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The send load over HTTP from a process of its own ({@link HttpSendWorker}, started with this
 * JVM's {@code java} and class path): the same members, channels and closed loops as the
 * in-process generators, but the generator's CPU is its own process's, measured apart from the
 * server's, and its client is a lean one (Netty, one keep-alive connection per sender).
 */
final class HttpSendProcess implements AutoCloseable {
    static final String NAME = "HTTP (Netty client process)";
    private static final List<String> JVM_OPTIONS = List.of("-Xmx1g", "-XX:+UseSerialGC");

    private final ChildJvm jvm;
    private final Path dir;
    private final int senders;

    private HttpSendProcess(ChildJvm jvm, Path dir, int senders) {
        this.jvm = jvm;
        this.dir = dir;
        this.senders = senders;
    }

    /**
     * Starts the worker for every member of {@code world} (member i sends to its channel with ids
     * {@code idPrefix + i + "-" + n}) and opens its connections.
     */
    static HttpSendProcess start(URI base, BenchWorld world, String idPrefix, int threads, Path dir)
            throws IOException, InterruptedException {
        List<String> roster = new ArrayList<>();
        for (int i = 0; i < world.members().size(); i++) {
            roster.add(world.members().get(i).accessToken() + " " + world.channelOf(i) + " " + idPrefix + i);
        }
        Path rosterFile = dir.resolve("send-roster.txt");
        Files.write(rosterFile, roster);
        ChildJvm jvm = ChildJvm.start("http-send-worker", dir, JVM_OPTIONS, HttpSendWorker.class,
                List.of(base.toString(), rosterFile.toString(), Integer.toString(threads)));
        try {
            jvm.call("CONNECT", "@CONNECTED", 120);
        } catch (RuntimeException | InterruptedException e) {
            jvm.close();
            throw e;
        }
        return new HttpSendProcess(jvm, dir, roster.size());
    }

    /** One closed-loop run as {@link SendLoad#run} measures it, this JVM's CPU and the worker's read over the window. */
    SendLoad.Result run(Duration minWarmup, Duration maxWarmup, Duration window) throws InterruptedException, IOException {
        Path samples = dir.resolve("send-latencies.bin");
        jvm.call("RUN", "@STARTED", 30);
        Warmup.Outcome warmup = Warmup.await(minWarmup, maxWarmup, jvm.pid());
        CpuMeter.Reading from = CpuMeter.read(jvm::cpuSeconds);
        jvm.send("MEASURE " + window.toMillis() + " " + samples);
        SendLoad.sleepUntil(from.wallNanos() + window.toNanos());
        CpuMeter.Reading to = CpuMeter.read(jvm::cpuSeconds);
        Map<String, String> result = fields(jvm.await("@RESULT", window.toSeconds() + 120));
        Latencies.Summary acked = Latencies.readFrom(List.of(samples));
        if (acked.count() != Long.parseLong(result.get("acked"))) {
            throw new IllegalStateException("the worker counted " + result.get("acked") + " acks but wrote "
                    + acked.count() + " latencies");
        }
        return new SendLoad.Result(NAME, senders, window.toNanos() / 1e9, acked, failures(result.get("failures")),
                CpuMeter.between(from, to), warmup);
    }

    private static Map<String, String> fields(String line) {
        Map<String, String> out = new HashMap<>();
        for (String part : line.split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return out;
    }

    /** {@code 429+rate_limited:3,connection+closed:1} back to a map; empty for none. */
    private static Map<String, Long> failures(String text) {
        Map<String, Long> out = new TreeMap<>();
        if (text != null && !text.isEmpty()) {
            for (String item : text.split(",")) {
                int colon = item.lastIndexOf(':');
                out.put(item.substring(0, colon).replace('+', ' '), Long.parseLong(item.substring(colon + 1)));
            }
        }
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        jvm.send("QUIT");
        jvm.close();
    }
}
