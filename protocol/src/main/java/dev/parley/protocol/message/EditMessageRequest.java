package dev.parley.protocol.message;

/** Replaces a message's text (author only); the earlier text is kept as a version. */
public record EditMessageRequest(String content) {
}
