package dev.parley.store.sql;

import static dev.parley.store.sql.Fixtures.user;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A manual throughput check, not a test: N virtual threads each insert one row per
 * {@code write} for a few seconds against a fresh SQLite file (WAL, synchronous=FULL), once with
 * group commit and once with batches of 1 (one COMMIT, one fsync, per write, as before group
 * commit), so the ratio comes from the same machine and disk in the same run. Timings vary with
 * the disk's fsync latency and with whatever else runs on the machine; they are printed, never
 * asserted. CPU per write is printed too: on a busy machine it tells a slow disk from a starved
 * process, and the writer thread's share bounds the rate one writer can reach (1 s / that).
 *
 * <pre>
 * ./mvnw -q -B -o -pl store-sql test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="--enable-native-access=ALL-UNNAMED -cp %classpath dev.parley.store.sql.GroupCommitThroughput [writers] [seconds] [dir]"
 * </pre>
 */
final class GroupCommitThroughput {
    private GroupCommitThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int writers = args.length > 0 ? Integer.parseInt(args[0]) : 256;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = args.length > 2 ? Path.of(args[2]) : Path.of(System.getProperty("java.io.tmpdir"));
        System.out.printf("%d concurrent writers, %d s each run, one row per write, files under %s%n",
                writers, seconds, dir);
        double grouped = run("group commit (batch <= " + GroupCommitWriter.MAX_BATCH + ")",
                GroupCommitWriter.MAX_BATCH, writers, seconds, dir);
        double single = run("baseline (batch = 1)", 1, writers, seconds, dir);
        System.out.printf("ratio: %.1fx%n", grouped / single);
    }

    private static double run(String label, int maxBatch, int writers, int seconds, Path parent) throws Exception {
        Path dir = Files.createTempDirectory(parent, "parley-throughput-");
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"), maxBatch)) {
            AtomicLong ids = new AtomicLong();
            measure(storage, ids, writers, 1); // warm-up: JIT, connection, first pages
            long commitsBefore = storage.commits();
            long idsBefore = ids.get();
            long processCpuBefore = processCpuNanos();
            long writerCpuBefore = writerCpuNanos();
            long start = System.nanoTime();
            measure(storage, ids, writers, seconds);
            double elapsed = (System.nanoTime() - start) / 1e9;
            long writes = ids.get() - idsBefore;
            long commits = storage.commits() - commitsBefore;
            double rate = writes / elapsed;
            System.out.printf("%-28s %8d writes in %5.2f s = %6.0f writes/s, %6d commits (%5.1f writes/commit),"
                            + " CPU per write: process %5.1f us, writer thread %5.1f us%n",
                    label, writes, elapsed, rate, commits, (double) writes / commits,
                    (processCpuNanos() - processCpuBefore) / 1e3 / writes,
                    (writerCpuNanos() - writerCpuBefore) / 1e3 / writes);
            return rate;
        } finally {
            delete(dir);
        }
    }

    /** Every writer inserts rows, one per write, until the deadline; ids count the writes. */
    private static void measure(SqlStorage storage, AtomicLong ids, int writers, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < writers; w++) {
                running.add(threads.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        storage.write(tx -> {
                            long id = ids.incrementAndGet();
                            tx.users().insert(user(id, "u" + id));
                            return null;
                        });
                    }
                }));
            }
        }
        for (Future<?> writer : running) {
            writer.get(); // surfaces a failed write
        }
    }

    /** CPU time of the whole process: with the wall-clock rate, shows whether the run was starved. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the storage's writer thread, found by the name its pool gives it. */
    private static long writerCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("parley-sqlite-writer"))
                .mapToLong(t -> threads.getThreadCpuTime(t.threadId()))
                .sum();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
