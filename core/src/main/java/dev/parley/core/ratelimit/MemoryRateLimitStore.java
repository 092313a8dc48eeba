package dev.parley.core.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.parley.store.ratelimit.Budget;
import dev.parley.store.ratelimit.RateLimitStore;
import java.time.InstantSource;
import java.util.Map;

/**
 * {@link RateLimitStore} in this process's memory: the budgets of a single node (SQLite, or the
 * in-memory store). Each key holds the instant (microseconds) its bucket is full again, moved one
 * interval ({@code window / limit}) later per hit, as {@code PostgresRateLimitStore} does in SQL.
 * Entries leave by themselves once full (a per-entry expiry on the store's clock), so
 * {@link #purgeFull} rarely finds anything; at most a million keys are kept, the least recently
 * used going first, which only ever forgives.
 */
public final class MemoryRateLimitStore implements RateLimitStore {
    private final InstantSource clock;
    private final Cache<String, Long> fullAt;

    public MemoryRateLimitStore(InstantSource clock) {
        this.clock = clock;
        this.fullAt = Caffeine.newBuilder()
                .ticker(() -> clock.millis() * 1_000_000)
                .expireAfter(new UntilFull())
                .maximumSize(1_000_000)
                .build();
    }

    @Override
    public long take(String key, Budget budget) {
        long now = nowMicros();
        long window = budget.windowMillis() * 1000;
        long interval = window / budget.limit();
        long[] waitMicros = {0};
        fullAt.asMap().compute(key, (k, full) -> {
            long next = (full == null ? now : Math.max(full, now)) + interval;
            if (next - now <= window) {
                waitMicros[0] = 0;
                return next;
            }
            waitMicros[0] = next - now - window;
            return full;
        });
        return waitMicros[0] == 0 ? 0 : Math.max(1, (waitMicros[0] + 999) / 1000);
    }

    @Override
    public void giveBack(String key, Budget budget) {
        long interval = budget.windowMillis() * 1000 / budget.limit();
        fullAt.asMap().computeIfPresent(key, (k, full) -> full - interval);
    }

    @Override
    public int purgeFull() {
        long now = nowMicros();
        int purged = 0;
        for (Map.Entry<String, Long> entry : fullAt.asMap().entrySet()) {
            if (entry.getValue() <= now && fullAt.asMap().remove(entry.getKey(), entry.getValue())) {
                purged++;
            }
        }
        return purged;
    }

    private long nowMicros() {
        return clock.millis() * 1000;
    }

    /** An entry lives until its bucket is full again (the ticker is the store's clock, in nanoseconds). */
    private final class UntilFull implements Expiry<String, Long> {
        @Override
        public long expireAfterCreate(String key, Long full, long currentTime) {
            return Math.max(0, full * 1000 - currentTime);
        }

        @Override
        public long expireAfterUpdate(String key, Long full, long currentTime, long currentDuration) {
            return expireAfterCreate(key, full, currentTime);
        }

        @Override
        public long expireAfterRead(String key, Long full, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
