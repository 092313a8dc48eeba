package dev.parley.domain.conversation;

import java.time.Instant;

/** A user's place in a DM or group chat. */
public record Participant(long conversationId, long userId, Instant joinedAt) {
}
