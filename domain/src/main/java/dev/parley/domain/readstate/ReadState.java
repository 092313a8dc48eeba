package dev.parley.domain.readstate;

import java.time.Instant;

/**
 * How far a user has got in one channel, the same on all their devices: the last message they
 * read ({@code readSeq}, acked explicitly) and the last one delivered to any of their devices
 * ({@code deliveredSeq}, never below {@code readSeq}). Both only move forward.
 */
public record ReadState(long userId, long channelId, long readSeq, long readMessageId, long deliveredSeq, Instant updatedAt) {
    public static ReadState none(long userId, long channelId) {
        return new ReadState(userId, channelId, 0, 0, 0, Instant.EPOCH);
    }
}
