package dev.parley.store.sql;

import dev.parley.store.contract.RateLimitStoreContract;
import dev.parley.store.ratelimit.RateLimitStore;
import java.time.InstantSource;

/** The rate-limit store contract on PostgreSQL: this JVM's test database, emptied before each test. */
class PostgresRateLimitStoreTest extends RateLimitStoreContract {
    @Override
    protected RateLimitStore open(InstantSource clock) {
        return PostgresTestDatabase.emptied().rateLimits(clock);
    }
}
