package dev.parley.bench.gateway;

import dev.parley.bench.Latencies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway benchmark (docs/benchmarks.md, "Gateway"). For each target, the raw-Netty baseline
 * ({@link RawNettyBroadcastServer}), Parley ({@link ParleyGatewayNode}) and Parley as a cluster
 * ({@link ClusterTarget}: an api node and gateway nodes on PostgreSQL and NATS, with the clients
 * spread over the gateways), it starts the server in JVMs of its own and drives it with worker
 * processes ({@link LoadWorker}) through the same gateway frames, scenario after scenario:
 *
 * <ol>
 *   <li><b>memory</b>: the server's heap after GC with N idle identified connections, minus its
 *       heap with none, divided by N;</li>
 *   <li><b>fanout</b>: one user sends to a channel of M members; deliveries per second counted by
 *       the receivers;</li>
 *   <li><b>latency</b>: C clients in channels of G members; R messages per second in all (one
 *       window per rate asked, the 1,000/s and lower ones to show where the knee is), each
 *       from a random member; send → deliver time of every delivery, measured on one clock
 *       (all members of a channel, and its senders, live in one process);</li>
 *   <li><b>handshake</b>: connect + upgrade + HELLO + IDENTIFY + READY, then close, in a loop:
 *       completed handshakes per second.</li>
 * </ol>
 *
 * Then it prints Parley's figures as ratios to the baseline's, measured in the same run, and the
 * targets of the gateway issue, and the cluster's beside the single node's. The cluster target
 * skips the memory scenario (a heap per connection is a single-node figure). A program, never a
 * test.
 */
public final class GatewayLoad {
    static final double BUDGET_BYTES_PER_CONNECTION = 4096;
    static final double TARGET_FANOUT_RATIO = 1.0;
    static final double TARGET_LATENCY_P99_MS = 25;
    static final double TARGET_HANDSHAKE_RATIO = 0.5;

    private final GatewayOptions o;
    private final Path logDir;
    /** target → metric → value, for the comparison at the end. */
    private final Map<String, Map<String, Double>> results = new LinkedHashMap<>();

    private GatewayLoad(GatewayOptions o, Path logDir) {
        this.o = o;
        this.logDir = logDir;
    }

    public static void main(String[] args) throws Exception {
        GatewayOptions o;
        try {
            o = GatewayOptions.parse(args);
        } catch (IllegalArgumentException e) {
            if (!"usage".equals(e.getMessage())) {
                System.err.println("GatewayLoad: " + e.getMessage());
            }
            System.err.print(GatewayOptions.usage());
            System.exit(2);
            return;
        }
        Path logDir = Files.createTempDirectory("parley-gateway-bench-");
        new GatewayLoad(o, logDir).run();
        System.exit(0);
    }

    private void run() throws Exception {
        line("Parley gateway benchmark");
        line("CPUs (nproc)   " + Runtime.getRuntime().availableProcessors() + ", JDK " + Runtime.version() + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        line("load average   " + Files.readAllLines(Path.of("/proc/loadavg")).getFirst() + " (at start)");
        line("servers        one JVM each, " + String.join(" ", ServerUnderTest.JVM_OPTIONS) + "; workers -Xmx2g, "
                + o.workerThreads() + " event loop(s), <= " + o.perProcess() + " clients each, one 127.0.0.x each");
        line("logs           " + logDir);
        line("command        " + o.command());
        try (ClusterTarget cluster = o.targets().contains("cluster") ? new ClusterTarget(o, logDir) : null) {
            for (String target : o.targets()) {
                runTarget(target, cluster);
            }
        }
        compare();
    }

    private void runTarget(String target, ClusterTarget cluster) throws Exception {
        Map<String, Double> r = new LinkedHashMap<>();
        results.put(target, r);
        line("");
        line("== target " + target);
        // A fresh server for every scenario: no state left over from the one before (sessions kept
        // for resume, garbage, JIT profile), and heap(0) measured on the server that is measured.
        for (String scenario : o.scenarios()) {
            if (target.equals("cluster") && scenario.equals("memory")) {
                line("   memory: not measured on the cluster target (heap per connection is a single-node figure)");
                continue;
            }
            ServerUnderTest server;
            long t0 = System.nanoTime();
            try {
                server = target.equals("cluster") ? cluster.start() : ServerUnderTest.start(target, o, logDir);
            } catch (IllegalStateException e) {
                line("   not measured: " + e.getMessage());
                break;
            }
            line("   %s: server started in %.1f s: %s (admin %s)".formatted(scenario, (System.nanoTime() - t0) / 1e9,
                    server.gateways.spec(), server.admin));
            try (server) {
                switch (scenario) {
                    case "memory" -> memory(server, r);
                    case "fanout" -> fanout(server, r);
                    case "latency" -> latency(server, r);
                    case "handshake" -> handshake(server, r);
                    default -> throw new IllegalArgumentException(scenario);
                }
            } catch (IllegalStateException e) {
                line("   " + scenario + " failed: " + e.getMessage());
            }
        }
    }

    // ---- scenarios

    private void memory(ServerUnderTest server, Map<String, Double> r) throws Exception {
        int n = o.memoryConnections();
        long[] before = server.heapAfterGc();
        try (Workers w = Workers.start(processes(n, o.perProcess()), server, o, logDir, "memory")) {
            connect(w, n, o.perProcess());
            Thread.sleep(5_000); // let the server settle: handshake buffers released, sessions idle
            long[] after = server.heapAfterGc();
            double per = (after[0] - before[0]) / (double) n;
            line("   memory     %,d idle identified connections (server counts %s): heap after GC %.1f MiB with none,"
                    .formatted(n, after[1] < 0 ? "-" : "%,d".formatted(after[1]), before[0] / 1048576.0)
                    + " %.1f MiB with them: %,.0f bytes per connection".formatted(after[0] / 1048576.0, per));
            r.put("heap bytes per idle connection", per);
            w.callAll("CLOSEALL", "@CLOSED", 120);
        }
    }

    private void fanout(ServerUnderTest server, Map<String, Double> r) throws Exception {
        int m = o.fanoutMembers(server.target);
        try (Workers w = Workers.start(processes(m, o.perProcess()), server, o, logDir, "fanout")) {
            connect(w, m, o.perProcess());
            line("   fanout     " + w.get(0).call("SENDERS 0 " + o.fanoutSenders(), "@CONNECTED", 300)
                    + " (sending connections of client 0)");
            w.get(0).send("FANOUT " + o.fanoutWindow());
            Window win = measure(server, w);
            long sent = win.reports.getFirst().sent();
            double deliveries = win.sum(Workers.Report::deliveries) / win.seconds;
            line("   fanout     1 sender -> %,d members, %d messages in flight: %,.0f deliveries/s (%,.1f messages/s sent,"
                    .formatted(m, o.fanoutWindow(), deliveries, sent / win.seconds)
                    + " %.3f of them delivered to every member); %s".formatted(
                    win.sum(Workers.Report::deliveries) / (double) Math.max(1, sent * (long) m), win.cpu(deliveries, "delivery")));
            line("              " + win.problems());
            r.put("fan-out deliveries/s", deliveries);
            r.put("server CPU µs per fan-out delivery", win.serverCores() * 1e6 / deliveries);
            w.callAll("STOP", "@STOPPED", 60);
            w.callAll("CLOSEALL", "@CLOSED", 120);
        }
    }

    private void latency(ServerUnderTest server, Map<String, Double> r) throws Exception {
        int c = o.latencyClients();
        int per = o.perProcess() / o.groupSize() * o.groupSize(); // whole channels per process: one clock per channel
        try (Workers w = Workers.start(processes(c, per), server, o, logDir, "latency")) {
            List<Integer> sizes = connect(w, c, per);
            for (int rateAsked : o.latencyRates()) {
                for (int i = 0; i < w.jvms.size(); i++) {
                    w.get(i).call("LATENCY " + (double) rateAsked * sizes.get(i) / c, "@SENDING", 60);
                }
                Window win = measure(server, w);
                Latencies.Summary sorted = Latencies.readFrom(win.reports.stream().map(Workers.Report::samplesFile).toList());
                double rate = win.sum(Workers.Report::sent) / win.seconds;
                double deliveries = win.sum(Workers.Report::deliveries) / win.seconds;
                line("   latency    %,d clients in channels of %d, %,.0f messages/s sent, %,.0f deliveries/s: %s".formatted(
                        c, o.groupSize(), rate, deliveries, samplesLine(sorted)));
                line("              " + win.cpu(deliveries, "delivery") + "; " + win.problems());
                r.put("latency p50 ms at " + rateAsked + "/s", sorted.millis(50));
                r.put("latency p99 ms at " + rateAsked + "/s", sorted.millis(99));
                w.callAll("STOP", "@STOPPED", 60);
            }
            w.callAll("CLOSEALL", "@CLOSED", 120);
        }
    }

    private void handshake(ServerUnderTest server, Map<String, Double> r) throws Exception {
        int workers = o.handshakeWorkers();
        try (Workers w = Workers.start(workers, server, o, logDir, "handshake")) {
            for (int i = 0; i < workers; i++) {
                int from = o.handshakeUsers() * i / workers;
                int to = o.handshakeUsers() * (i + 1) / workers;
                w.get(i).call("HANDSHAKE %d %d %d".formatted(from, to, o.handshakeParallel() / workers), "@HANDSHAKING", 60);
            }
            Window win = measure(server, w);
            Latencies.Summary sorted = Latencies.readFrom(win.reports.stream().map(Workers.Report::samplesFile).toList());
            double rate = win.sum(Workers.Report::handshakes) / win.seconds;
            line("   handshake  %d under way: %,.0f connect+HELLO+IDENTIFY+READY per second; each %s".formatted(
                    o.handshakeParallel(), rate, samplesLine(sorted)));
            line("              " + win.cpu(rate, "handshake") + "; " + win.problems());
            r.put("handshakes/s", rate);
            r.put("server CPU µs per handshake", win.serverCores() * 1e6 / rate);
            w.callAll("STOP", "@STOPPED", 60);
            w.callAll("CLOSEALL", "@CLOSED", 120);
        }
    }

    // ---- shared steps

    private static int processes(int clients, int perProcess) {
        return Math.max(1, (clients + perProcess - 1) / perProcess);
    }

    /** Spreads clients 0..n-1 over the workers in contiguous blocks of at most {@code per}; returns the block sizes. */
    private List<Integer> connect(Workers w, int n, int per) throws InterruptedException {
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < w.jvms.size(); i++) {
            int from = i * per;
            int to = Math.min(n, from + per);
            sizes.add(to - from);
            w.get(i).send("CONNECT " + from + " " + to);
        }
        long failed = 0;
        long retries = 0;
        StringBuilder times = new StringBuilder();
        for (ChildJvm j : w.jvms) {
            String[] a = j.await("@CONNECTED", 900).split(" ");
            failed += Long.parseLong(a[2]);
            times.append(a[3]).append(" s ");
            retries += Long.parseLong(a[4]);
        }
        line("   connected  %,d clients over %d processes (%s), %d failed, %d handshakes retried".formatted(n, w.jvms.size(),
                times.toString().strip(), failed, retries));
        if (failed > 0) {
            throw new IllegalStateException(failed + " clients could not connect and identify (see the worker logs)");
        }
        return sizes;
    }

    /** Warm-up, then one measured window over every worker, with CPU read around it (each server JVM's own). */
    private Window measure(ServerUnderTest server, Workers w) throws Exception {
        Thread.sleep(o.warmupSeconds() * 1000L);
        long[] machine0 = MachineCpu.read();
        Map<String, Double> server0 = server.cpuSeconds();
        double workers0 = w.cpuSeconds();
        w.callAll("MEASURE", "@MEASURING", 60);
        Thread.sleep(o.seconds() * 1000L);
        List<Workers.Report> reports = w.report(Files.createTempDirectory(logDir, "samples-"));
        double seconds = reports.stream().mapToDouble(Workers.Report::seconds).average().orElse(Double.NaN);
        Map<String, Double> nodeCores = new LinkedHashMap<>();
        server.cpuSeconds().forEach((node, cpu) -> nodeCores.put(node, (cpu - server0.get(node)) / seconds));
        return new Window(reports, seconds, nodeCores, (w.cpuSeconds() - workers0) / seconds,
                MachineCpu.coresBusySince(machine0));
    }

    /**
     * @param nodeCores cores each server JVM used over the window, by node name; their sum is the server's
     */
    private record Window(List<Workers.Report> reports, double seconds, Map<String, Double> nodeCores,
                          double workerCores, double machineCores) {
        double serverCores() {
            return nodeCores.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        long sum(java.util.function.ToLongFunction<Workers.Report> f) {
            return reports.stream().mapToLong(f).sum();
        }

        String cpu(double perSecond, String what) {
            String nodes = nodeCores.size() < 2 ? "" : nodeCores.entrySet().stream()
                    .map(e -> "%s %.2f".formatted(e.getKey(), e.getValue()))
                    .collect(java.util.stream.Collectors.joining(" + ", " (", ")"));
            return "CPU cores: server %.2f%s, workers %.2f, whole machine %.2f; server %.1f µs per %s".formatted(
                    serverCores(), nodes, workerCores, machineCores, serverCores() * 1e6 / perSecond, what);
        }

        String problems() {
            return "errors %d, closes during the window (code:count) %s".formatted(sum(Workers.Report::errors),
                    String.join(" ", reports.stream().map(Workers.Report::closes).toList()));
        }
    }

    private void compare() {
        Map<String, Double> raw = results.getOrDefault("raw", Map.of());
        Map<String, Double> parley = results.getOrDefault("parley", Map.of());
        if (results.containsKey("raw") || results.containsKey("parley")) {
            line("");
            line("== Parley against the raw-Netty baseline of this run");
            for (String metric : metrics()) {
                Double b = raw.get(metric);
                Double p = parley.get(metric);
                line("   %-34s raw %12s   parley %12s   ratio %s   %s".formatted(metric, fmt(b), fmt(p),
                        b == null || p == null ? "-" : "%.2f".formatted(p / b), target(metric, p, b)));
            }
        }
        if (results.containsKey("cluster")) {
            line("");
            line("== The cluster (%d gateway processes, %,d fan-out members) beside the single node (%,d)".formatted(
                    o.clusterGateways(), o.clusterFanoutMembers(), o.fanoutMembers()));
            Map<String, Double> cluster = results.get("cluster");
            for (String metric : metrics()) {
                Double p = parley.get(metric);
                Double c = cluster.get(metric);
                if (!metric.startsWith("heap")) {
                    line("   %-34s parley %12s   cluster %12s   cluster / parley %s".formatted(metric, fmt(p), fmt(c),
                            p == null || c == null ? "-" : "%.2f".formatted(c / p)));
                }
            }
        }
    }

    private List<String> metrics() {
        List<String> metrics = new ArrayList<>(List.of("heap bytes per idle connection", "fan-out deliveries/s",
                "server CPU µs per fan-out delivery"));
        for (int rate : o.latencyRates()) {
            metrics.add("latency p50 ms at " + rate + "/s");
            metrics.add("latency p99 ms at " + rate + "/s");
        }
        metrics.add("handshakes/s");
        metrics.add("server CPU µs per handshake");
        return metrics;
    }

    private static String target(String metric, Double parley, Double raw) {
        String goal = switch (metric) {
            case "heap bytes per idle connection" -> "budget <= 4 KB";
            case "fan-out deliveries/s" -> "target ratio >= 1.0";
            case "latency p99 ms at 1000/s" -> "target p99 <= 25 ms";
            case "handshakes/s" -> "target ratio >= 0.5";
            default -> "";
        };
        if (parley == null || goal.isEmpty()) {
            return goal;
        }
        boolean met = switch (metric) {
            case "heap bytes per idle connection" -> parley <= BUDGET_BYTES_PER_CONNECTION;
            case "fan-out deliveries/s" -> raw != null && parley / raw >= TARGET_FANOUT_RATIO;
            case "latency p99 ms at 1000/s" -> parley <= TARGET_LATENCY_P99_MS;
            default -> raw != null && parley / raw >= TARGET_HANDSHAKE_RATIO;
        };
        return goal + ": " + (met ? "MET" : "MISSED");
    }

    private static String fmt(Double v) {
        return v == null ? "-" : v >= 100 ? "%,.0f".formatted(v) : "%.2f".formatted(v);
    }

    private static void line(String text) {
        System.out.println(text);
        System.out.flush();
    }

    /** Machine-wide busy cores from /proc/stat: with clients and server on one machine, the limit. */
    static final class MachineCpu {
        static long[] read() throws IOException {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]);
            long total = busy + Long.parseLong(f[4]) + Long.parseLong(f[5]) + Long.parseLong(f[8]);
            return new long[] {busy, total};
        }

        static double coresBusySince(long[] from) throws IOException {
            long[] to = read();
            return (to[0] - from[0]) / (double) (to[1] - from[1]) * Runtime.getRuntime().availableProcessors();
        }
    }

    private static String samplesLine(Latencies.Summary samples) {
        return "%s (%,d samples)".formatted(samples.percentiles(), samples.count());
    }
}
