package dev.parley.store.sql;

import dev.parley.domain.message.Mentions;
import dev.parley.domain.message.Message;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A manual check of the messaging targets, not a test: history pages on a channel holding many
 * messages (default 1,000,000), acknowledged sends from many concurrent writers, and the cost of
 * unread and mention counts as the unread range grows. Everything goes through the port on a
 * fresh SQLite file (WAL, synchronous=FULL). Timings are printed, never asserted; they depend on
 * the disk and on whatever else runs on the machine, which is why page latency is printed both
 * as wall time and as the calling thread's CPU time.
 *
 * <pre>
 * ./mvnw -q -B -o -pl store-sql test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="--enable-native-access=ALL-UNNAMED -cp %classpath dev.parley.store.sql.MessageHistoryBenchmark [messages] [writers] [seconds] [dir]"
 * </pre>
 */
final class MessageHistoryBenchmark {
    private static final long BIG = 1;
    private static final int OTHER_CHANNELS = 100;
    private static final int PAGE = 50;
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final AtomicLong ids = new AtomicLong(1_000_000_000L);

    private MessageHistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int writers = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path parent = args.length > 3 ? Path.of(args[3]) : Path.of(System.getProperty("java.io.tmpdir"));
        Path dir = Files.createTempDirectory(parent, "parley-history-");
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            new MessageHistoryBenchmark().run(storage, messages, writers, seconds);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private void run(SqlStorage storage, int messages, int writers, int seconds) throws Exception {
        long start = System.nanoTime();
        for (int done = 0; done < messages; done += 5_000) {
            int batch = Math.min(5_000, messages - done);
            storage.write(tx -> {
                for (int i = 0; i < batch; i++) {
                    tx.messages().append(draft(BIG, i % 10 == 0 ? new Mentions(Set.of(7L), Set.of(), false, false)
                            : Mentions.NONE));
                    tx.messages().append(draft(BIG + 1 + i % OTHER_CHANNELS, Mentions.NONE));
                }
                return null;
            });
        }
        System.out.printf("loaded %,d messages into channel %d and as many into %d others: %.1f s%n",
                messages, BIG, OTHER_CHANNELS, (System.nanoTime() - start) / 1e9);

        for (int round = 1; round <= 3; round++) {
            pages(storage, messages, round);
        }
        sends(storage, writers, seconds);
        for (long unread : new long[] {100, 10_000, messages}) {
            counts(storage, messages, Math.min(unread, messages));
        }
    }

    /** Random history pages ({@code before}, 50 messages) across the whole channel. */
    private static void pages(SqlStorage storage, int messages, int round) {
        SplittableRandom random = new SplittableRandom(round);
        long[] wall = new long[5_000];
        long[] cpu = new long[wall.length];
        for (int i = 0; i < wall.length; i++) {
            long seq = 2 + random.nextInt(messages);
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            List<Message> page = storage.read(tx -> tx.messages().before(BIG, seq, PAGE));
            wall[i] = System.nanoTime() - start;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
            if (page.isEmpty()) {
                throw new IllegalStateException("empty page below seq " + seq);
            }
        }
        System.out.printf("history pages, round %d: wall %s; cpu %s%n", round, percentiles(wall), percentiles(cpu));
    }

    /** Each writer appends one message per {@code write}, waiting for its commit, for {@code seconds}. */
    private void sends(SqlStorage storage, int writers, int seconds) throws Exception {
        AtomicLong sent = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                long channel = BIG + 1 + w % OTHER_CHANNELS;
                done.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        Message draft = draft(channel, Mentions.NONE);
                        storage.write(tx -> tx.messages().append(draft));
                        sent.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        System.out.printf("acknowledged sends, %d writers: %,.0f /s%n", writers, sent.get() / (double) seconds);
    }

    private static void counts(SqlStorage storage, int messages, long unread) {
        long after = messages - unread;
        long start = System.nanoTime();
        int count = storage.read(tx -> tx.messages().countAfter(BIG, after, 99));
        long counted = System.nanoTime() - start;
        start = System.nanoTime();
        int mentions = storage.read(tx -> tx.messages().mentionsAfter(BIG, after, 7, Set.of(3L)));
        long mentioned = System.nanoTime() - start;
        System.out.printf("%,d unread: countAfter %,d in %.1f ms, mentionsAfter %,d in %.1f ms%n",
                unread, count, counted / 1e6, mentions, mentioned / 1e6);
    }

    private Message draft(long channel, Mentions mentions) {
        long id = ids.incrementAndGet();
        return Message.draft(id, channel, 1 + id % 50, "message " + id + " with some ordinary text and a link",
                "c" + id, null, mentions, T0);
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms", sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 99 / 100] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
