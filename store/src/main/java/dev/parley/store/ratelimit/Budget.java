package dev.parley.store.ratelimit;

import java.time.Duration;

/**
 * The shape of a token bucket: up to {@code limit} hits at once, refilled continuously so that
 * {@code limit} more are allowed per {@code window}. A bucket nobody used for a whole window is
 * full again, exactly as one never used.
 */
public record Budget(int limit, Duration window) {
    public Budget {
        if (limit <= 0 || window == null || window.isNegative() || window.toMillis() == 0) {
            throw new IllegalArgumentException("limit and window must be positive");
        }
    }

    /** A bucket of {@code burst} hits refilled at {@code perSecond} hits per second. */
    public static Budget of(int burst, double perSecond) {
        if (burst <= 0 || !(perSecond > 0)) {
            throw new IllegalArgumentException("burst and rate must be positive");
        }
        return new Budget(burst, Duration.ofMillis(Math.max(1, Math.round(burst * 1000 / perSecond))));
    }

    /** The window in milliseconds, as the stores compute with it. */
    public long windowMillis() {
        return window.toMillis();
    }
}
