package dev.parley.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Latency samples in nanoseconds. Each worker fills its own instance (no sharing while measuring);
 * {@link #merge} joins them afterwards. Every sample is kept, so percentiles are exact (nearest
 * rank), not estimated from buckets: a run holds a few hundred thousand samples at most. Worker
 * processes hand theirs over as files ({@link #writeTo}, {@link #readFrom}), so percentiles
 * across processes stay exact too.
 */
public final class Latencies {
    private long[] samples = new long[1024];
    private int size;

    public void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    public int count() {
        return size;
    }

    public void clear() {
        size = 0;
    }

    /** Writes every sample of {@code parts} to {@code file}: a count, then big-endian longs. */
    public static long writeTo(List<Latencies> parts, Path file) throws IOException {
        long total = parts.stream().mapToLong(Latencies::count).sum();
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeLong(total);
            for (Latencies part : parts) {
                for (int i = 0; i < part.size; i++) {
                    out.writeLong(part.samples[i]);
                }
            }
        }
        return total;
    }

    /** Reads the files {@link #writeTo} wrote, all of them into one summary. */
    public static Summary readFrom(List<Path> files) throws IOException {
        Latencies all = new Latencies();
        for (Path file : files) {
            try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                long n = in.readLong();
                for (long i = 0; i < n; i++) {
                    all.add(in.readLong());
                }
            }
        }
        return merge(List.of(all));
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
    public static final class Summary {
        private final long[] sorted;

        private Summary(long[] sorted) {
            this.sorted = sorted;
        }

        public int count() {
            return sorted.length;
        }

        /** The nearest-rank percentile, in milliseconds; NaN when there are no samples. */
        public double millis(double percentile) {
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
        public String percentiles() {
            return "p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  p99.9 %7.2f ms  max %7.2f ms".formatted(
                    millis(50), millis(90), millis(99), millis(99.9), maxMillis());
        }
    }
}
