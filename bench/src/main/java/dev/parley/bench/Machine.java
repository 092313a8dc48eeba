package dev.parley.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the numbers were measured on: CPUs, CPU model, JDK, OS, heap, the load average when the
 * run started, and how long an fsync takes in the data directory (with {@code synchronous=FULL}
 * every commit pays one, so it bounds commits per second).
 */
final class Machine {
    private static final int FSYNCS = 100;

    private Machine() {
    }

    static List<String> describe() {
        Runtime rt = Runtime.getRuntime();
        return List.of(
                "CPUs (nproc)   " + rt.availableProcessors() + " x " + cpuModel(),
                "JDK            " + System.getProperty("java.vm.vendor") + " " + Runtime.version()
                        + " (" + System.getProperty("java.home") + ")",
                "JVM            max heap " + rt.maxMemory() / (1024 * 1024) + " MiB, GC "
                        + ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", ")),
                "OS             " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                "load average   " + firstLine(Path.of("/proc/loadavg")) + " (at start; other work shares this machine)");
    }

    /** fsync latency of a 4 KiB append in {@code dir}: the floor under each group commit. */
    static String fsyncProbe(Path dir) throws IOException {
        Path file = Files.createTempFile(dir, "fsync-probe-", ".bin");
        List<Latencies> one = new ArrayList<>(List.of(new Latencies()));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer page = ByteBuffer.allocate(4096);
            for (int i = 0; i < FSYNCS; i++) {
                page.clear();
                ch.write(page);
                long t0 = System.nanoTime();
                ch.force(false);
                one.getFirst().add(System.nanoTime() - t0);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        Latencies.Summary s = Latencies.merge(one);
        return "fsync          p50 %.2f ms, p99 %.2f ms over %d appends of 4 KiB in %s".formatted(
                s.millis(50), s.millis(99), FSYNCS, dir);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).getFirst().strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
