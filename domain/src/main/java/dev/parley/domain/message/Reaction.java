package dev.parley.domain.message;

import java.time.Instant;

/** One user's reaction with one emoji to one message. */
public record Reaction(long messageId, long userId, String emoji, Instant createdAt) {
}
