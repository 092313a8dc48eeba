package dev.parley.protocol.gateway;

/**
 * IDENTIFY (client → server): starts a new session. {@code token} is an access token (never put it
 * in the URL); {@code presence} the initial presence, used when the user has no other connection;
 * {@code client} an optional label (name/version, up to 64 characters) for logs.
 */
public record Identify(String token, PresenceUpdate presence, String client) {
}
