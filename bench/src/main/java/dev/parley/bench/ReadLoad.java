package dev.parley.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A fixed number of reads shared by a few concurrent readers, each on a virtual thread, each
 * reading again as soon as it has its answer. The first {@code warmup} reads (taken from the same
 * counter) are not recorded; the rest are, a success with its latency, anything else as a
 * failure by kind.
 */
final class ReadLoad {
    private ReadLoad() {
    }

    /** One read: null when answered with success, else a short label of what went wrong. */
    @FunctionalInterface
    interface Read {
        String read() throws Exception;
    }

    record Result(String name, int readers, double seconds, Latencies.Summary ok, Map<String, Long> failures,
                  CpuMeter.Usage cpu) {
        double perSecond() {
            return ok.count() / seconds;
        }
    }

    static Result run(String name, int readers, int warmup, int requests, IntFunction<Read> readerOf)
            throws InterruptedException {
        AtomicInteger taken = new AtomicInteger();
        int total = warmup + requests;
        List<Latencies> latencies = new ArrayList<>();
        List<Map<String, Long>> failures = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long[] measuredFrom = {0};
        CpuMeter.Reading[] cpuFrom = {null};
        for (int i = 0; i < readers; i++) {
            Latencies mine = new Latencies();
            Map<String, Long> myFailures = new HashMap<>();
            latencies.add(mine);
            failures.add(myFailures);
            Read read = readerOf.apply(i);
            threads.add(Thread.ofVirtual().name(name + "-" + i).start(() -> {
                int ticket;
                while ((ticket = taken.getAndIncrement()) < total) {
                    if (ticket == warmup) {
                        measuredFrom[0] = System.nanoTime();
                        cpuFrom[0] = CpuMeter.read();
                    }
                    long t0 = System.nanoTime();
                    String failure;
                    try {
                        failure = read.read();
                    } catch (Exception e) {
                        failure = e.getClass().getSimpleName();
                    }
                    long t1 = System.nanoTime();
                    if (ticket >= warmup) {
                        if (failure == null) {
                            mine.add(t1 - t0);
                        } else {
                            myFailures.merge(failure, 1L, Long::sum);
                        }
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        CpuMeter.Reading cpuTo = CpuMeter.read();
        Map<String, Long> allFailures = new TreeMap<>();
        failures.forEach(m -> m.forEach((k, v) -> allFailures.merge(k, v, Long::sum)));
        return new Result(name, readers, (cpuTo.wallNanos() - measuredFrom[0]) / 1e9, Latencies.merge(latencies),
                allFailures, CpuMeter.between(cpuFrom[0], cpuTo));
    }
}
