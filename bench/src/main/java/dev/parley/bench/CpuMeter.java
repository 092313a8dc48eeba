package dev.parley.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU spent over a window: by this process (server and load generator together, as they share
 * the JVM), by the storage's single writer thread (which runs every write use case, so it bounds
 * acknowledged sends), by everything else on the machine, and stolen by the hypervisor. The
 * machine-wide figures come from {@code /proc/stat}; where that file does not exist they read as
 * NaN. They are what tells a slow run on a busy shared machine from a slow server.
 */
final class CpuMeter {
    private CpuMeter() {
    }

    /** The name of the thread that runs every write (see SqliteConnections' writer pool). */
    static final String WRITER_THREAD = "parley-sqlite-writer";

    /**
     * A reading at one instant. Ticks are {@code /proc/stat} jiffies summed over all CPUs;
     * {@code generatorCpuSeconds} is a load generator's own process (NaN when it runs in this one).
     */
    record Reading(long wallNanos, long processCpuNanos, long writerCpuNanos, long busyTicks, long stealTicks,
                   long totalTicks, ThreadCpu.Snapshot threads, double generatorCpuSeconds, java.time.Instant at) {
    }

    /**
     * Average CPUs in use over a window.
     *
     * @param process   cores this JVM kept busy
     * @param writer    cores the storage's writer thread kept busy (part of {@code process})
     * @param generator cores a load-generator process of its own kept busy; NaN when it runs in this JVM
     * @param others    cores every other process kept busy (machine busy minus this process and the generator)
     * @param steal     cores the hypervisor took away
     * @param threads   this JVM's CPU by thread group
     * @param window    when the window was, to match it with a recording
     */
    record Usage(double process, double writer, double generator, double others, double steal, ThreadCpu.Split threads,
                 String window) {
        @Override
        public String toString() {
            return "CPU (cores of %d): this JVM %.2f (of which the writer thread %.2f)%s, other processes %.2f, steal %.2f"
                    .formatted(Runtime.getRuntime().availableProcessors(), process, writer,
                            Double.isNaN(generator) ? "" : ", load generator process %.2f".formatted(generator), others, steal);
        }
    }

    static Reading read() {
        return read(() -> Double.NaN);
    }

    /** A reading that also takes the CPU seconds a load-generator process has used so far. */
    static Reading read(java.util.function.DoubleSupplier generatorCpuSeconds) {
        long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long busy = -1;
        long steal = -1;
        long total = -1;
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal guest guest_nice (guest is inside user)
            long user = Long.parseLong(f[1]);
            long nice = Long.parseLong(f[2]);
            long system = Long.parseLong(f[3]);
            long idle = Long.parseLong(f[4]);
            long iowait = Long.parseLong(f[5]);
            long irq = Long.parseLong(f[6]);
            long softirq = Long.parseLong(f[7]);
            steal = Long.parseLong(f[8]);
            busy = user + nice + system + irq + softirq;
            total = busy + idle + iowait + steal;
        } catch (IOException | RuntimeException notLinux) {
            // leave the machine-wide figures unknown
        }
        return new Reading(System.nanoTime(), process, writerCpuNanos(), busy, steal, total, ThreadCpu.read(),
                generatorCpuSeconds.getAsDouble(), java.time.Instant.now());
    }

    static Usage between(Reading from, Reading to) {
        double seconds = (to.wallNanos() - from.wallNanos()) / 1e9;
        double process = (to.processCpuNanos() - from.processCpuNanos()) / 1e9 / seconds;
        double writer = from.writerCpuNanos() < 0 || to.writerCpuNanos() < 0 ? Double.NaN
                : (to.writerCpuNanos() - from.writerCpuNanos()) / 1e9 / seconds;
        double generator = (to.generatorCpuSeconds() - from.generatorCpuSeconds()) / seconds;
        ThreadCpu.Split threads = ThreadCpu.between(from.threads(), to.threads(), process * seconds);
        String window = from.at() + " to " + to.at();
        if (from.totalTicks() < 0 || to.totalTicks() <= from.totalTicks()) {
            return new Usage(process, writer, generator, Double.NaN, Double.NaN, threads, window);
        }
        int cpus = Runtime.getRuntime().availableProcessors();
        double total = to.totalTicks() - from.totalTicks();
        double busy = (to.busyTicks() - from.busyTicks()) / total * cpus;
        double steal = (to.stealTicks() - from.stealTicks()) / total * cpus;
        double mine = process + (Double.isNaN(generator) ? 0 : generator);
        return new Usage(process, writer, generator, Math.max(0, busy - mine), steal, threads, window);
    }

    /** CPU time of the writer thread so far; -1 when there is no such thread. */
    private static long writerCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(WRITER_THREAD))
                .mapToLong(t -> threads.getThreadCpuTime(t.threadId()))
                .findFirst().orElse(-1);
    }
}
