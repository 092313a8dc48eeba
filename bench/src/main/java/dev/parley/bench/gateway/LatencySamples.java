package dev.parley.bench.gateway;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Latency samples in nanoseconds, every one kept so that percentiles are exact (nearest rank).
 * Each event-loop thread of a worker fills its own instance; a worker writes them all to a file
 * that the load generator merges, so percentiles across processes stay exact too.
 */
final class LatencySamples {
    private long[] samples = new long[4096];
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

    void clear() {
        size = 0;
    }

    /** Appends every sample of {@code parts} to {@code file} as big-endian longs, after a count. */
    static long write(List<LatencySamples> parts, Path file) throws IOException {
        long total = 0;
        try (var out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            for (LatencySamples p : parts) {
                total += p.size;
            }
            out.writeLong(total);
            for (LatencySamples p : parts) {
                for (int i = 0; i < p.size; i++) {
                    out.writeLong(p.samples[i]);
                }
            }
        }
        return total;
    }

    /** Reads the files of {@link #write} and sorts everything. */
    static long[] readSorted(List<Path> files) throws IOException {
        LatencySamples all = new LatencySamples();
        for (Path f : files) {
            try (var in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(f)))) {
                long n = in.readLong();
                for (long i = 0; i < n; i++) {
                    all.add(in.readLong());
                }
            }
        }
        long[] sorted = Arrays.copyOf(all.samples, all.size);
        Arrays.sort(sorted);
        return sorted;
    }

    /** Nearest-rank percentile of sorted samples, in milliseconds; NaN when empty. */
    static double millis(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
    }

    static String percentiles(long[] sorted) {
        return "p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  p99.9 %.2f ms  max %.2f ms (%,d samples)".formatted(
                millis(sorted, 50), millis(sorted, 90), millis(sorted, 99), millis(sorted, 99.9),
                millis(sorted, 100), sorted.length);
    }
}
