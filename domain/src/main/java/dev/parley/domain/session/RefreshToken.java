package dev.parley.domain.session;

import java.time.Instant;

/**
 * One refresh token of a session, stored only as the SHA-256 hash of its secret. Each use marks
 * it used and issues a successor; presenting a used token again is reuse, and revokes the session.
 */
public record RefreshToken(String hash, long sessionId, long userId, Instant createdAt, Instant expiresAt, Instant usedAt) {
    public boolean used() {
        return usedAt != null;
    }
}
