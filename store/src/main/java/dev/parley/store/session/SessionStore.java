package dev.parley.store.session;

import dev.parley.domain.session.RefreshToken;
import dev.parley.domain.session.Session;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Login sessions and their refresh tokens. */
public interface SessionStore {
    void insert(Session session);

    Optional<Session> byId(long id);

    /** Active sessions of a user, newest first. */
    List<Session> activeOf(long userId);

    /** Records use of a session. @throws dev.parley.store.StoreException.NotFound */
    void touch(long sessionId, Instant at, String ip);

    /** Revokes one session (idempotent: an already revoked session keeps its first time). */
    void revoke(long sessionId, Instant at);

    /**
     * Revokes every active session of the user except {@code keepSessionId} (pass 0 to keep none)
     * and returns the ids it revoked.
     */
    List<Long> revokeAllOf(long userId, long keepSessionId, Instant at);

    /** @throws dev.parley.store.StoreException.Conflict if the hash exists (key "refresh_token") */
    void insertRefreshToken(RefreshToken token);

    Optional<RefreshToken> refreshTokenByHash(String hash);

    /**
     * Marks an unused token used. Returns false, changing nothing, when it was already used: the
     * caller lost a race or is replaying a rotated token.
     */
    boolean markRefreshTokenUsed(String hash, Instant at);
}
