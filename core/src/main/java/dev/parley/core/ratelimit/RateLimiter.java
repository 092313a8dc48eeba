package dev.parley.core.ratelimit;

import dev.parley.store.ratelimit.Budget;
import dev.parley.store.ratelimit.RateLimitStore;

/**
 * One named budget ({@code "send"}, {@code "login-ip"}, ...) in a {@link RateLimitStore}: a token
 * bucket per key of the budget's shape. Where the store is shared (PostgreSQL), so is the budget:
 * a client spends the same one whichever node it uses. Call it outside write transactions, whose
 * work a backend may run more than once: a hit is spent once per call.
 */
public final class RateLimiter {
    private final RateLimitStore store;
    private final String name;
    private final Budget budget;

    public RateLimiter(RateLimitStore store, String name, Budget budget) {
        this.store = store;
        this.name = name;
        this.budget = budget;
    }

    /** Takes one hit from the key's budget: 0 if allowed, else the whole seconds until one is free. */
    public long acquire(String key) {
        long waitMillis = store.take(name + ":" + key, budget);
        return waitMillis == 0 ? 0 : Math.max(1, (waitMillis + 999) / 1000);
    }

    /** Gives back a hit taken by {@link #acquire} for a request that, after all, should not count. */
    public void refund(String key) {
        store.giveBack(name + ":" + key, budget);
    }
}
