package dev.parley.protocol.auth;

import dev.parley.protocol.Id;
import dev.parley.protocol.user.UserSelf;

/** A fresh access token (a JWT valid {@code expiresIn} seconds) and its one-use refresh token. */
public record TokenResponse(
        String accessToken,
        String tokenType,
        long expiresIn,
        String refreshToken,
        @Id long sessionId,
        UserSelf user) {
}
