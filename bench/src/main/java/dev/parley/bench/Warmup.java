package dev.parley.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Waits out the warm-up of a run: at least {@code minimum}, then until the JIT compilers have
 * settled in every JVM taking part (this one and a load-generator process, if any), at most
 * {@code maximum} in all. Settled means the compiler threads ({@code C1/C2 CompilerThread}) used
 * less than {@link #SETTLED} of their JVM's CPU over the last {@link #LOOK_BACK}. On a shared
 * machine a JVM that gets a fraction of a core compiles for much longer than a fixed warm-up
 * allows, and a window measured while it compiles reports the compiler's CPU as the server's.
 */
final class Warmup {
    static final double SETTLED = 0.05;
    static final Duration LOOK_BACK = Duration.ofSeconds(5);

    private Warmup() {
    }

    /** What the warm-up took, for the report. */
    record Outcome(double seconds, boolean settled, List<Double> compilerShares) {
        @Override
        public String toString() {
            return "%.0f s, %s (compilers' share of each JVM's CPU over the last %d s: %s)".formatted(seconds,
                    settled ? "compilers settled" : "STOPPED AT THE MAXIMUM, compilers still busy",
                    LOOK_BACK.toSeconds(), compilerShares.stream().map(s -> "%.0f %%".formatted(100 * s)).toList());
        }
    }

    /** @param generatorPid the load generator's process, or -1 when it runs in this JVM */
    static Outcome await(Duration minimum, Duration maximum, long generatorPid) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + maximum.toNanos();
        SendLoad.sleepUntil(start + Math.max(0, minimum.toNanos() - LOOK_BACK.toNanos()));
        while (true) {
            ThreadCpu.Snapshot mineFrom = ThreadCpu.read();
            ThreadCpu.Snapshot theirsFrom = generatorPid < 0 ? null : ThreadCpu.read(generatorPid);
            Thread.sleep(LOOK_BACK);
            List<Double> shares = new ArrayList<>(List.of(compilerShare(mineFrom, ThreadCpu.read())));
            if (theirsFrom != null) {
                shares.add(compilerShare(theirsFrom, ThreadCpu.read(generatorPid)));
            }
            boolean settled = shares.stream().allMatch(s -> s < SETTLED);
            if (settled || System.nanoTime() >= deadline) {
                return new Outcome((System.nanoTime() - start) / 1e9, settled, shares);
            }
        }
    }

    private static double compilerShare(ThreadCpu.Snapshot from, ThreadCpu.Snapshot to) {
        ThreadCpu.Split split = ThreadCpu.between(from, to, Double.NaN);
        double all = split.total();
        return all <= 0 ? 0 : (split.of("C1 Compiler") + split.of("C2 Compiler")) / all;
    }
}
