package dev.parley.bench.gateway;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The worker processes of one scenario ({@link LoadWorker}), each bound to its own source address
 * 127.0.0.2, 127.0.0.3, ...: with at most {@code --per-process} clients each (one open file per
 * client), 15,000 connections and more fit under the 20,000 open files a process may have.
 */
final class Workers implements AutoCloseable {
    private static int nextAddress = 2;

    final List<ChildJvm> jvms = new ArrayList<>();

    /** What one worker counted over a measured window. */
    record Report(long deliveries, long sent, long acked, long handshakes, long errors, long samples, long open,
                  double seconds, String closes, Path samplesFile) {
        static Report parse(String line, Path samplesFile) {
            Map<String, String> kv = new HashMap<>();
            for (String part : line.split(" ")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    kv.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
            return new Report(Long.parseLong(kv.get("deliveries")), Long.parseLong(kv.get("sent")),
                    Long.parseLong(kv.get("acked")), Long.parseLong(kv.get("handshakes")),
                    Long.parseLong(kv.get("errors")), Long.parseLong(kv.get("samples")), Long.parseLong(kv.get("open")),
                    Double.parseDouble(kv.get("seconds")), kv.get("closes"), samplesFile);
        }
    }

    static Workers start(int count, ServerUnderTest server, GatewayOptions o, Path logDir, String scenario)
            throws IOException {
        Workers w = new Workers();
        for (int i = 0; i < count; i++) {
            String address = "127.0.0." + nextAddress;
            nextAddress = nextAddress >= 250 ? 2 : nextAddress + 1;
            w.jvms.add(ChildJvm.start(server.name + "-" + scenario + "-worker-" + i, logDir,
                    List.of("-Xmx2g", "-XX:+UseParallelGC"), LoadWorker.class,
                    List.of(server.gateways.spec(), address, server.roster, "" + o.workerThreads())));
        }
        return w;
    }

    ChildJvm get(int i) {
        return jvms.get(i);
    }

    /** Sends one command to every worker, then waits for each answer. */
    List<String> callAll(String command, String answer, long timeoutSeconds) throws InterruptedException {
        jvms.forEach(j -> j.send(command));
        List<String> out = new ArrayList<>();
        for (ChildJvm j : jvms) {
            out.add(j.await(answer, timeoutSeconds));
        }
        return out;
    }

    /** Ends every worker's window; each writes its latency samples to a file in {@code dir}. */
    List<Report> report(Path dir) throws InterruptedException {
        List<Report> out = new ArrayList<>();
        for (int i = 0; i < jvms.size(); i++) {
            jvms.get(i).send("REPORT " + dir.resolve("samples-" + i + ".bin"));
        }
        for (int i = 0; i < jvms.size(); i++) {
            out.add(Report.parse(jvms.get(i).await("@REPORT", 120), dir.resolve("samples-" + i + ".bin")));
        }
        return out;
    }

    double cpuSeconds() {
        return jvms.stream().mapToDouble(ChildJvm::cpuSeconds).sum();
    }

    @Override
    public void close() throws InterruptedException {
        for (ChildJvm j : jvms) {
            j.send("QUIT");
        }
        for (ChildJvm j : jvms) {
            j.close();
        }
    }
}
