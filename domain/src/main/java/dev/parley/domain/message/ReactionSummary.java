package dev.parley.domain.message;

/** How many reacted to a message with one emoji, and whether the viewer did. */
public record ReactionSummary(String emoji, int count, boolean me) {
}
