package dev.parley.core;

/** The authenticated user behind a request: their id, their session and the client's IP. */
public record Caller(long userId, long sessionId, String ip) {
}
