package dev.parley.store.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.store.contract.RateLimitStoreContract;
import dev.parley.store.ratelimit.Budget;
import dev.parley.store.ratelimit.RateLimitStore;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The rate-limit store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresRateLimitStoreTest extends RateLimitStoreContract {
    @Override
    protected RateLimitStore open(InstantSource clock) {
        return PostgresTestDatabase.emptied().rateLimits(clock);
    }

    @Test
    void purgingDeletesTheRowsOfFullBucketsOnly() {
        AtomicLong millis = new AtomicLong(1_800_000_000_000L);
        PostgresStorage storage = PostgresTestDatabase.emptied();
        RateLimitStore limits = storage.rateLimits(() -> Instant.ofEpochMilli(millis.get()));
        Budget perMinute = new Budget(2, Duration.ofMinutes(1));
        limits.take("a", perMinute);
        limits.take("b", perMinute);
        limits.take("b", perMinute);
        millis.addAndGet(30_000);
        assertThat(limits.purgeFull()).isEqualTo(1);
        List<String> left = storage.reader().withHandle(h -> h.createQuery("SELECT bucket FROM rate_limits")
                .mapTo(String.class).list());
        assertThat(left).containsExactly("b");
    }
}
