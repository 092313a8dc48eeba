package dev.parley.protocol.auth;

/** Logs in by username or email. {@code deviceName} labels the session (optional). */
public record LoginRequest(String login, String password, String deviceName) {
}
