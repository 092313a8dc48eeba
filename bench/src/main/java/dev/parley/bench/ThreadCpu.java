package dev.parley.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of this process's threads by group, from {@code /proc/self/task/<tid>/stat}: every
 * thread the kernel knows, JIT compilers and GC workers included (which the JVM's thread bean does
 * not see). A group is the thread's name without its trailing number ({@code vert.x-eventloop-thread-3}
 * counts as {@code vert.x-eventloop-thread}); the kernel keeps only the first 15 characters of a
 * name, so groups read {@code vert.x-eventloo}. Virtual threads are not kernel threads: their CPU
 * is their carriers' ({@code ForkJoinPool-1-worker}). A thread that ended inside a window is missing
 * from it; {@link Split#toString} shows what the groups leave unexplained of the process total.
 * Empty where there is no {@code /proc}. The same for another process by its pid.
 */
final class ThreadCpu {
    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private ThreadCpu() {
    }

    /** Per thread id: its group and the CPU seconds it used so far. */
    record Snapshot(Map<Long, Thread> threads) {
        record Thread(String group, double cpuSeconds) {
        }
    }

    /** CPU seconds per group over a window, and the process total over it. */
    record Split(Map<String, Double> seconds, double processSeconds) {
        /** CPU seconds of the groups whose name starts with {@code prefix}. */
        double of(String prefix) {
            return seconds.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                    .mapToDouble(Map.Entry::getValue).sum();
        }

        /** CPU seconds of every group together. */
        double total() {
            return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** {@code group 41 %} for each group over 2 % of the process, largest first. */
        String shares() {
            StringBuilder out = new StringBuilder();
            double explained = 0;
            for (var e : seconds.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList()) {
                explained += e.getValue();
                if (e.getValue() >= 0.02 * processSeconds) {
                    out.append(out.isEmpty() ? "" : ", ").append("%s %.0f %%".formatted(e.getKey(), 100 * e.getValue() / processSeconds));
                }
            }
            double rest = processSeconds - explained;
            return out + (rest > 0.02 * processSeconds ? ", ended threads and rounding %.0f %%".formatted(100 * rest / processSeconds) : "");
        }

        /** Microseconds of CPU per operation for each group over 2 % of the process, largest first. */
        Map<String, Double> microsPer(long operations) {
            Map<String, Double> out = new LinkedHashMap<>();
            seconds.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .filter(e -> e.getValue() >= 0.02 * processSeconds)
                    .forEach(e -> out.put(e.getKey(), e.getValue() * 1e6 / operations));
            return out;
        }
    }

    static Snapshot read() {
        return read(Path.of("/proc/self/task"));
    }

    /** The threads of another process of this machine. */
    static Snapshot read(long pid) {
        return read(Path.of("/proc/" + pid + "/task"));
    }

    private static Snapshot read(Path taskDir) {
        Map<Long, Snapshot.Thread> threads = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(taskDir)) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] f = stat.substring(close + 2).split(" ");
                    double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
                    threads.put(Long.parseLong(task.getFileName().toString()),
                            new Snapshot.Thread(group(stat.substring(open + 1, close)), cpu));
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // no per-thread figures
        }
        return new Snapshot(threads);
    }

    static Split between(Snapshot from, Snapshot to, double processSeconds) {
        Map<String, Double> seconds = new TreeMap<>();
        to.threads().forEach((tid, t) -> {
            Snapshot.Thread before = from.threads().get(tid);
            double used = t.cpuSeconds() - (before == null ? 0 : before.cpuSeconds());
            seconds.merge(t.group(), used, Double::sum);
        });
        return new Split(seconds, processSeconds);
    }

    /** {@code vert.x-eventloo} for {@code vert.x-eventloop-thread-1}'s kernel name; digits, '-' and '#' trimmed off the end. */
    static String group(String name) {
        int end = name.length();
        while (end > 0 && (Character.isDigit(name.charAt(end - 1)) || name.charAt(end - 1) == '-'
                || name.charAt(end - 1) == '#')) {
            end--;
        }
        return end == 0 ? name : name.substring(0, end);
    }
}
