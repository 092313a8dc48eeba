package dev.parley.store.ratelimit;

/**
 * Token buckets by key, shared by everyone who uses the same store: in a cluster, every node that
 * asks one store spends one budget, whichever node a client talks to.
 *
 * <p>Each call is atomic on its own and outside any {@link dev.parley.store.Storage} transaction:
 * a hit is spent when {@link #take} returns, whatever happens to the caller's transactions later,
 * and concurrent takes from one full bucket of {@code limit} allow exactly {@code limit}. Callers
 * must therefore call it outside a write's work (which a backend may run more than once) and give
 * a hit back with {@link #giveBack} when they decide it should not count.
 *
 * <p>Keys are opaque; callers prefix them by budget ({@code "send:user:42"}) so that budgets never
 * share a bucket. A key is always used with the same {@link Budget}; changing it (a new config, a
 * new slowmode) keeps the tokens left and refills at the new rate from then on.
 *
 * <p>Time is the store's clock. Implementations must tolerate it going backwards between calls
 * (nodes' clocks differ slightly): time before a bucket's last update refills nothing.
 */
public interface RateLimitStore {
    /**
     * Takes one hit from {@code key}'s bucket: 0 if it was there, else the milliseconds (at least
     * 1) until one will be; a refused take spends nothing.
     *
     * @throws dev.parley.store.StoreException.Unavailable when the store cannot be reached
     */
    long take(String key, Budget budget);

    /** Gives one hit back to {@code key}'s bucket, never beyond {@code budget.limit()}. */
    void giveBack(String key, Budget budget);

    /**
     * Forgets the buckets that are full again (so behave as absent ones) and returns how many: a
     * housekeeping job, safe to run anywhere, any number of times at once.
     */
    int purgeFull();
}
