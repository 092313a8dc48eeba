package dev.parley.protocol.auth;

/** Trades a refresh token for a new token pair; the old refresh token is spent. */
public record RefreshRequest(String refreshToken) {
}
