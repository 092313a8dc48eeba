package dev.parley.protocol.auth;

/** Deletes the caller's account after re-checking the password. */
public record DeleteAccountRequest(String password) {
}
