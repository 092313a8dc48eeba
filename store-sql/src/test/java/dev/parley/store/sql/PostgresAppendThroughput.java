package dev.parley.store.sql;

import static dev.parley.store.sql.Fixtures.T0;
import static dev.parley.store.sql.Fixtures.channel;
import static dev.parley.store.sql.Fixtures.community;
import static dev.parley.store.sql.Fixtures.user;

import dev.parley.domain.channel.ChannelType;
import dev.parley.domain.message.Mentions;
import dev.parley.domain.message.Message;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A manual throughput check, not a test: N virtual threads each append one message per
 * {@code write} (plus one event log entry, as a send does) for a few seconds on PostgreSQL, in
 * three shapes measured in the same run: every writer in one channel (appends queue on the
 * channel's counter row and SERIALIZABLE makes the losers run again), every writer in a channel
 * of its own (nothing shared but the event log's commit-order lock), and the latter without the
 * event log entry (nothing shared at all). Timings depend on the machine and on what else runs;
 * they are printed, never asserted. Uses this JVM's test database ({@link PostgresTestDatabase}),
 * dropped at exit.
 *
 * <pre>
 * ./mvnw -q -B -pl store-sql -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/pg-cp.txt -Dmdep.includeScope=test
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java \
 *   -cp "store-sql/target/test-classes:store-sql/target/classes:store/target/test-classes:$(cat /tmp/pg-cp.txt)" \
 *   dev.parley.store.sql.PostgresAppendThroughput [writers] [seconds]
 * </pre>
 */
final class PostgresAppendThroughput {
    private static final long COMMUNITY = 1;

    private PostgresAppendThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int writers = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf("%d concurrent writers, %d s each run, one message and one event per write%n", writers, seconds);
        double shared = run("one channel for all", writers, seconds, true);
        double own = run("a channel per writer", writers, seconds, false);
        double unlogged = run("same, no event log", writers, seconds, null);
        System.out.printf("ratios: own / shared %.1fx, without / with the event log's commit-order lock %.1fx%n",
                own / shared, unlogged / own);
        System.exit(0);
    }

    private static double run(String label, int writers, int seconds, Boolean oneChannel) throws Exception {
        PostgresStorage storage = PostgresTestDatabase.emptied();
        storage.write(tx -> {
            tx.users().insert(user(1, "writer"));
            tx.communities().insert(community(COMMUNITY, 1));
            for (int w = 0; w < writers; w++) {
                tx.channels().insert(channel(100 + w, COMMUNITY, ChannelType.TEXT, null));
            }
            return null;
        });
        AtomicLong ids = new AtomicLong(1_000);
        measure(storage, ids, writers, 1, oneChannel); // warm-up
        long before = ids.get();
        long retriesBefore = storage.retries();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        measure(storage, ids, writers, seconds, oneChannel);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long writes = ids.get() - before;
        double rate = writes / elapsed;
        System.out.printf("%-22s %7d appends in %5.2f s = %6.0f appends/s, %5.2f runs again per append,"
                        + " client CPU per append %5.1f us%n",
                label, writes, elapsed, rate, (double) (storage.retries() - retriesBefore) / writes,
                (processCpuNanos() - cpuBefore) / 1e3 / writes);
        return rate;
    }

    private static void measure(PostgresStorage storage, AtomicLong ids, int writers, int seconds, Boolean oneChannel)
            throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < writers; w++) {
                long channelId = 100 + (Boolean.TRUE.equals(oneChannel) ? 0 : w);
                boolean logged = oneChannel != null;
                running.add(threads.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        long id = ids.incrementAndGet();
                        Message draft = Message.draft(id, channelId, 1, "m", "c" + id, null, Mentions.NONE, T0);
                        storage.write(tx -> {
                            tx.messages().append(draft);
                            return logged ? tx.events().append("channel:" + channelId, "message_created", new byte[] {1}, T0) : 0;
                        });
                    }
                    return null;
                }));
            }
        }
        for (Future<?> writer : running) {
            writer.get();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
