package dev.parley.protocol.auth;

/** Changes the password; every other session is revoked. */
public record ChangePasswordRequest(String currentPassword, String newPassword) {
}
