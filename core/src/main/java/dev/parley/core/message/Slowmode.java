package dev.parley.core.message;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;

/**
 * When each user last posted in each slowmode channel, kept in memory (slowmode is a brake on
 * flooding, not a record: after a restart everyone may post once more). Entries expire after
 * the longest slowmode. Cluster-wide tracking comes with the cluster issue.
 */
final class Slowmode {
    private final Cache<String, Instant> lastPost = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(6)).maximumSize(1_000_000).build();

    /** Seconds the user must still wait in the channel, 0 if they may post now. */
    long secondsLeft(long channelId, long userId, int slowmodeSeconds, Instant now) {
        Instant last = lastPost.getIfPresent(channelId + ":" + userId);
        if (last == null) {
            return 0;
        }
        long waitedMillis = Duration.between(last, now).toMillis();
        long leftMillis = slowmodeSeconds * 1000L - waitedMillis;
        return leftMillis <= 0 ? 0 : (leftMillis + 999) / 1000;
    }

    void posted(long channelId, long userId, Instant at) {
        lastPost.put(channelId + ":" + userId, at);
    }
}
