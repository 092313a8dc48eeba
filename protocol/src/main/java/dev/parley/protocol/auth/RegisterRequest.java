package dev.parley.protocol.auth;

/** Creates an account. Password: 10 to 256 characters, not a common one; email optional. */
public record RegisterRequest(String username, String displayName, String email, String password) {
}
