package dev.parley.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * A closed-loop send load: each sender, on a virtual thread of its own, sends its next message as
 * soon as the previous one is answered. All senders start together; the warm-up ({@link Warmup})
 * counts nothing; then every answer that arrives within the measured {@code window} counts, an
 * acknowledgement (2xx, or a use case that returned) with its latency, anything else as a failure
 * by kind. Senders stop starting new sends when the window closes and finish the one in flight.
 */
final class SendLoad {
    private SendLoad() {
    }

    /** A sender's {@code n}-th send (n from 0): null when acknowledged, else a short label of what went wrong. */
    @FunctionalInterface
    interface Send {
        String send(long n) throws Exception;
    }

    record Result(String name, int senders, double seconds, Latencies.Summary acked, Map<String, Long> failures,
                  CpuMeter.Usage cpu, Warmup.Outcome warmup) {
        double perSecond() {
            return acked.count() / seconds;
        }
    }

    /** The measured window, open once set; both ends in {@link System#nanoTime()}. */
    private static final class Window {
        volatile long from = Long.MAX_VALUE;
        volatile long to = Long.MAX_VALUE;
    }

    static Result run(String name, int senders, IntFunction<Send> senderOf, Duration minWarmup, Duration maxWarmup,
                      Duration window) throws InterruptedException {
        Window open = new Window();
        List<Latencies> latencies = new ArrayList<>();
        List<Map<String, Long>> failures = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            Latencies mine = new Latencies();
            Map<String, Long> myFailures = new HashMap<>();
            latencies.add(mine);
            failures.add(myFailures);
            Send send = senderOf.apply(i);
            threads.add(Thread.ofVirtual().name(name + "-" + i).start(() -> loop(send, open, mine, myFailures)));
        }
        Warmup.Outcome warmup = Warmup.await(minWarmup, maxWarmup, -1);
        CpuMeter.Reading cpuFrom = CpuMeter.read();
        long from = cpuFrom.wallNanos();
        open.to = from + window.toNanos();
        open.from = from;
        sleepUntil(open.to);
        CpuMeter.Reading cpuTo = CpuMeter.read();
        for (Thread t : threads) {
            t.join();
        }
        Map<String, Long> allFailures = new TreeMap<>();
        failures.forEach(m -> m.forEach((k, v) -> allFailures.merge(k, v, Long::sum)));
        return new Result(name, senders, window.toNanos() / 1e9, Latencies.merge(latencies), allFailures,
                CpuMeter.between(cpuFrom, cpuTo), warmup);
    }

    private static void loop(Send send, Window window, Latencies latencies, Map<String, Long> failures) {
        for (long n = 0; System.nanoTime() < window.to; n++) {
            long t0 = System.nanoTime();
            String failure;
            try {
                failure = send.send(n);
            } catch (Exception e) {
                failure = e.getClass().getSimpleName();
            }
            long t1 = System.nanoTime();
            if (t1 >= window.from && t1 < window.to) {
                if (failure == null) {
                    latencies.add(t1 - t0);
                } else {
                    failures.merge(failure, 1L, Long::sum);
                }
            }
        }
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Duration.ofNanos(left));
        }
    }
}
