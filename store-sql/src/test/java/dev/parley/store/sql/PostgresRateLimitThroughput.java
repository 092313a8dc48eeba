package dev.parley.store.sql;

import dev.parley.store.ratelimit.Budget;
import dev.parley.store.ratelimit.RateLimitStore;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A manual check, not a test: what a rate-limit hit costs on PostgreSQL. N virtual threads take
 * hits for a few seconds, each from a key of its own (the common case: every user has a budget),
 * then all from one key (a hot budget: takes queue on its row), with a budget nobody exhausts, so
 * every take is the upsert. Prints takes per second and the mean latency; never asserted. Uses
 * this JVM's test database ({@link PostgresTestDatabase}), dropped at exit.
 *
 * <pre>
 * ./mvnw -q -B -pl store-sql -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/pg-cp.txt -Dmdep.includeScope=test
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java \
 *   -cp "store-sql/target/test-classes:store-sql/target/classes:store/target/classes:store/target/test-classes:$(cat /tmp/pg-cp.txt)" \
 *   dev.parley.store.sql.PostgresRateLimitThroughput [threads] [seconds]
 * </pre>
 */
final class PostgresRateLimitThroughput {
    private static final Budget PLENTY = new Budget(1_000_000_000, Duration.ofSeconds(1));

    private PostgresRateLimitThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        RateLimitStore limits = PostgresTestDatabase.emptied().rateLimits(InstantSource.system());
        System.out.printf("%d threads, %d s per run, pool of %d for rate limits%n", threads, seconds,
                PostgresConnections.limitsPoolSize(PostgresTestDatabase.POOL_SIZE));
        double own = run("a key per thread", limits, threads, seconds, false);
        double hot = run("one key for all", limits, threads, seconds, true);
        System.out.printf("ratio own / hot %.1fx%n", own / hot);
        System.exit(0);
    }

    private static double run(String label, RateLimitStore limits, int threads, int seconds, boolean oneKey)
            throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Future<Long>> counts = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < threads; t++) {
                String key = oneKey ? "bench:hot" : "bench:" + label + ":" + t;
                counts.add(pool.submit(() -> {
                    long n = 0;
                    while (System.nanoTime() < end) {
                        limits.take(key, PLENTY);
                        n++;
                    }
                    return n;
                }));
            }
        }
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        double perSecond = total / (double) seconds;
        System.out.printf("%-18s %8.0f takes/s, mean %.2f ms per take%n", label, perSecond, threads * 1000.0 / perSecond);
        return perSecond;
    }
}
