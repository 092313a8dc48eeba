package dev.parley.domain.session;

import java.time.Instant;

/**
 * A logged-in device. Access tokens name their session, so revoking it ends every token issued
 * for it. {@code revokedAt} is null while the session is active.
 */
public record Session(
        long id,
        long userId,
        String deviceName,
        String ip,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
