package dev.parley.core.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.InstantSource;

/**
 * A token bucket per key: up to {@code limit} hits at once, refilled continuously so that
 * {@code limit} more are allowed per {@code window}. Keys idle for a whole window are forgotten
 * (their bucket would be full again anyway). Thread-safe. Budgets are per process; cluster-wide
 * limits come with the cluster issue.
 */
public final class RateLimiter {
    private final int limit;
    private final long windowMillis;
    private final InstantSource clock;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(int limit, Duration window, InstantSource clock) {
        if (limit <= 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limit and window must be positive");
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(1_000_000).build();
    }

    /** A bucket of {@code burst} hits refilled at {@code perSecond} hits per second. */
    public static RateLimiter bucket(int burst, double perSecond, InstantSource clock) {
        if (burst <= 0 || perSecond <= 0) {
            throw new IllegalArgumentException("burst and rate must be positive");
        }
        return new RateLimiter(burst, Duration.ofMillis(Math.max(1, Math.round(burst * 1000 / perSecond))), clock);
    }

    /** Takes one hit from the key's budget: 0 if allowed, else the seconds until one is free. */
    public long acquire(String key) {
        Bucket bucket = buckets.get(key, k -> new Bucket(limit, clock.millis()));
        synchronized (bucket) {
            long now = clock.millis();
            double refill = (now - bucket.updatedAt) * (double) limit / windowMillis;
            bucket.tokens = Math.min(limit, bucket.tokens + refill);
            bucket.updatedAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double missing = 1 - bucket.tokens;
            return Math.max(1, (long) Math.ceil(missing * windowMillis / limit / 1000.0));
        }
    }

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
