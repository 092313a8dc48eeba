package dev.parley.protocol.gateway;

/**
 * RESUME (client → server): continues session {@code sessionId} after a disconnect. {@code seq} is
 * the last session sequence number the client processed (0 if none); {@code token} a valid access
 * token of the same user.
 */
public record Resume(String token, String sessionId, Long seq) {
}
