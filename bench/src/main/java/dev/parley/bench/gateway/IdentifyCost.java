package dev.parley.bench.gateway;

import dev.parley.core.delivery.Snapshots;
import dev.parley.server.Parley;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;

/**
 * The CPU time of one IDENTIFY's core work ({@link Snapshots#identify}: the token, the login
 * session and the READY snapshot), on one thread, against the database a {@link ParleyGatewayNode}
 * set up. Thread CPU time hardly depends on what else runs on the machine, unlike the handshake
 * scenario's rates, so this compares builds on a busy machine. Run it with the benchmark's class
 * path:
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp "bench/target/parley-bench.jar:bench/target/lib/*" \
 *   dev.parley.bench.gateway.ParleyGatewayNode --dir /tmp/identify-cost --users 15000 --fanout-members 10000 \
 *   --group-size 100 --latency-clients 5000 --exit-after-setup true
 * java --enable-native-access=ALL-UNNAMED -cp "bench/target/parley-bench.jar:bench/target/lib/*" \
 *   dev.parley.bench.gateway.IdentifyCost /tmp/identify-cost 500 20000 10000
 * </pre>
 *
 * Arguments: the node's directory, how many of the roster's users to cycle through (users 0..n-1,
 * all in the 10,000-member community and one of 100, as in the handshake scenario), warm-up
 * identifies, identifies per measured round (three rounds).
 */
public final class IdentifyCost {
    private IdentifyCost() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int users = Integer.parseInt(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        int perRound = Integer.parseInt(args[3]);
        List<String> tokens = Files.readAllLines(dir.resolve("roster.txt")).stream().limit(users)
                .map(line -> line.split(" ")[0]).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (Parley parley = Parley.open(ParleyGatewayNode.config(dir, 0), InstantSource.system())) {
            Snapshots snapshots = parley.useCases().snapshots();
            for (int i = 0; i < warmUp; i++) {
                snapshots.identify(tokens.get(i % users), "127.0.0.1");
            }
            for (int round = 1; round <= 3; round++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                for (int i = 0; i < perRound; i++) {
                    snapshots.identify(tokens.get(i % users), "127.0.0.1");
                }
                System.out.printf("round %d: %.1f µs of CPU per identify (%.1f µs wall)%n", round,
                        (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / perRound, (System.nanoTime() - wall) / 1e3 / perRound);
            }
        }
    }
}
