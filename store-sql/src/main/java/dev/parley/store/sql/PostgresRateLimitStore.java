package dev.parley.store.sql;

import dev.parley.store.ratelimit.Budget;
import dev.parley.store.ratelimit.RateLimitStore;
import java.time.InstantSource;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * {@link RateLimitStore} in PostgreSQL's {@code rate_limits} table, so every node of a cluster
 * spends the same budgets.
 *
 * <p>Strategy: the generic cell rate algorithm, one row per key holding the instant its bucket is
 * full again ({@code full_at_us}); a hit moves it one interval ({@code window / limit}) later, and
 * is allowed while it stays within one window of now. A take is one autocommit statement, {@code
 * INSERT ... ON CONFLICT DO UPDATE ... WHERE ... RETURNING}, on a pool of its own at {@code READ
 * COMMITTED}: the row lock queues concurrent takes of one key (each sees the one before, so a
 * bucket of {@code limit} allows exactly {@code limit}), nothing runs inside a caller's
 * transaction, and there is no serialization failure to retry. A refused take updates nothing and
 * reads the row once more to say when the next hit is free. Time is the node's clock (cluster
 * nodes keep NTP time); a node behind another refills nothing for the difference.
 */
public final class PostgresRateLimitStore implements RateLimitStore {
    private static final String TAKE = """
            INSERT INTO rate_limits AS r (bucket, full_at_us) VALUES (:bucket, :now + :interval)
            ON CONFLICT (bucket) DO UPDATE SET full_at_us = GREATEST(r.full_at_us, :now) + :interval
             WHERE GREATEST(r.full_at_us, :now) + :interval - :now <= :window
            RETURNING full_at_us""";

    private final Jdbi jdbi;
    private final InstantSource clock;

    PostgresRateLimitStore(Jdbi jdbi, InstantSource clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public long take(String key, Budget budget) {
        long now = nowMicros();
        long window = budget.windowMillis() * 1000;
        long interval = window / budget.limit();
        return run(handle -> {
            boolean taken = handle.createQuery(TAKE).bind("bucket", key).bind("now", now).bind("interval", interval)
                    .bind("window", window).mapTo(Long.class).findOne().isPresent();
            if (taken) {
                return 0L;
            }
            Optional<Long> fullAt = handle.createQuery("SELECT full_at_us FROM rate_limits WHERE bucket = :bucket")
                    .bind("bucket", key).mapTo(Long.class).findOne();
            long waitMicros = fullAt.map(f -> Math.max(f, now) + interval - now - window).orElse(0L);
            return Math.max(1, (waitMicros + 999) / 1000);
        });
    }

    @Override
    public void giveBack(String key, Budget budget) {
        long interval = budget.windowMillis() * 1000 / budget.limit();
        run(handle -> handle.createUpdate("UPDATE rate_limits SET full_at_us = full_at_us - :interval WHERE bucket = :bucket")
                .bind("bucket", key).bind("interval", interval).execute());
    }

    @Override
    public int purgeFull() {
        long now = nowMicros();
        return run(handle -> handle.createUpdate("DELETE FROM rate_limits WHERE full_at_us <= :now")
                .bind("now", now).execute());
    }

    private long nowMicros() {
        return clock.millis() * 1000;
    }

    private <T> T run(org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw PostgresDialect.INSTANCE.failure(e);
        }
    }
}
