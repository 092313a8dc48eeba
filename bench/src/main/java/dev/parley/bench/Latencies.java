package dev.parley.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Latency samples in nanoseconds. Each worker fills its own instance (no sharing while measuring);
 * {@link #merge} joins them afterwards. Every sample is kept, so percentiles are exact (nearest
 * rank), not estimated from buckets: a run holds a few hundred thousand samples at most.
 */
final class Latencies {
    private long[] samples = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    int count() {
        return size;
    }

    static Summary merge(Collection<Latencies> parts) {
        int total = parts.stream().mapToInt(Latencies::count).sum();
        long[] all = new long[total];
        int at = 0;
        for (Latencies part : parts) {
            System.arraycopy(part.samples, 0, all, at, part.size);
            at += part.size;
        }
        Arrays.sort(all);
        return new Summary(all);
    }

    /** Sorted samples of a finished run. */
    static final class Summary {
        private final long[] sorted;

        private Summary(long[] sorted) {
            this.sorted = sorted;
        }

        int count() {
            return sorted.length;
        }

        /** The nearest-rank percentile, in milliseconds; NaN when there are no samples. */
        double millis(double percentile) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
            return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
        }

        double maxMillis() {
            return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
        }

        /** {@code p50 1.23 ms  p90 ...}: the percentiles every report line shows. */
        String percentiles() {
            return "p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  p99.9 %7.2f ms  max %7.2f ms".formatted(
                    millis(50), millis(90), millis(99), millis(99.9), maxMillis());
        }
    }
}
