package dev.parley.protocol.message;

/** One emoji's reactions on a message: how many, and whether the caller is among them. */
public record ReactionView(String emoji, int count, boolean me) {
}
