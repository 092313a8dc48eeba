package dev.parley.core.ratelimit;

import dev.parley.store.contract.RateLimitStoreContract;
import dev.parley.store.ratelimit.RateLimitStore;
import java.time.InstantSource;

/** The rate-limit store contract in memory: a fresh store per test. */
class MemoryRateLimitStoreTest extends RateLimitStoreContract {
    @Override
    protected RateLimitStore open(InstantSource clock) {
        return new MemoryRateLimitStore(clock);
    }
}
