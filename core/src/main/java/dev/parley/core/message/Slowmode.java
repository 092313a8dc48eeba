package dev.parley.core.message;

import dev.parley.store.ratelimit.Budget;
import dev.parley.store.ratelimit.RateLimitStore;
import java.time.Duration;

/**
 * Slowmode as a rate limit: in a channel with a slowmode of N seconds each user has a bucket of one
 * post refilled over N seconds, kept in the {@link RateLimitStore} (so, in a cluster, shared by
 * every node). A brake on flooding, not a record: a bucket that is full again is forgotten.
 */
final class Slowmode {
    private final RateLimitStore store;

    Slowmode(RateLimitStore store) {
        this.store = store;
    }

    /** Takes the user's post in the channel: 0 if they may post now (the slot is then spent), else the seconds left. */
    long take(long channelId, long userId, int slowmodeSeconds) {
        long waitMillis = store.take(key(channelId, userId), budget(slowmodeSeconds));
        return waitMillis == 0 ? 0 : Math.max(1, (waitMillis + 999) / 1000);
    }

    /** Gives the slot back: the send that took it posted nothing. */
    void giveBack(long channelId, long userId, int slowmodeSeconds) {
        store.giveBack(key(channelId, userId), budget(slowmodeSeconds));
    }

    private static String key(long channelId, long userId) {
        return "slowmode:" + channelId + ":" + userId;
    }

    private static Budget budget(int slowmodeSeconds) {
        return new Budget(1, Duration.ofSeconds(slowmodeSeconds));
    }
}
