package dev.parley.store.memory;

import dev.parley.domain.session.RefreshToken;
import dev.parley.domain.session.Session;
import dev.parley.store.StoreException;
import dev.parley.store.session.SessionStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions and refresh tokens. Revoking an unknown session does nothing; marking an unknown
 * refresh token used returns false.
 */
final class MemorySessionStore implements SessionStore {
    /** Newest first: by creation time, then by id. */
    private static final Comparator<Session> NEWEST_FIRST =
            Comparator.comparing(Session::createdAt).thenComparingLong(Session::id).reversed();

    private final Map<Long, Session> sessions;
    private final Map<String, RefreshToken> refreshTokens;

    MemorySessionStore(MemoryState state) {
        this.sessions = state.sessions();
        this.refreshTokens = state.refreshTokens();
    }

    @Override
    public void insert(Session session) {
        if (sessions.containsKey(session.id())) {
            throw new IllegalStateException("session " + session.id() + " already exists");
        }
        sessions.put(session.id(), session);
    }

    @Override
    public Optional<Session> byId(long id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public List<Session> activeOf(long userId) {
        return sessions.values().stream()
                .filter(s -> s.userId() == userId && s.active())
                .sorted(NEWEST_FIRST)
                .toList();
    }

    @Override
    public void touch(long sessionId, Instant at, String ip) {
        Session s = sessions.get(sessionId);
        if (s == null) {
            throw new StoreException.NotFound("session " + sessionId);
        }
        sessions.put(sessionId, new Session(s.id(), s.userId(), s.deviceName(), ip, s.createdAt(), at, s.revokedAt()));
    }

    @Override
    public void revoke(long sessionId, Instant at) {
        Session s = sessions.get(sessionId);
        if (s != null && s.active()) {
            sessions.put(sessionId, revoked(s, at));
        }
    }

    /** Returns the revoked ids in ascending order. */
    @Override
    public List<Long> revokeAllOf(long userId, long keepSessionId, Instant at) {
        List<Session> doomed = sessions.values().stream()
                .filter(s -> s.userId() == userId && s.active() && s.id() != keepSessionId)
                .sorted(Comparator.comparingLong(Session::id))
                .toList();
        doomed.forEach(s -> sessions.put(s.id(), revoked(s, at)));
        return doomed.stream().map(Session::id).toList();
    }

    @Override
    public void insertRefreshToken(RefreshToken token) {
        if (refreshTokens.containsKey(token.hash())) {
            throw new StoreException.Conflict("refresh_token");
        }
        refreshTokens.put(token.hash(), token);
    }

    @Override
    public Optional<RefreshToken> refreshTokenByHash(String hash) {
        return Optional.ofNullable(refreshTokens.get(hash));
    }

    @Override
    public boolean markRefreshTokenUsed(String hash, Instant at) {
        RefreshToken t = refreshTokens.get(hash);
        if (t == null || t.used()) {
            return false;
        }
        refreshTokens.put(hash, new RefreshToken(t.hash(), t.sessionId(), t.userId(), t.createdAt(), t.expiresAt(), at));
        return true;
    }

    private static Session revoked(Session s, Instant at) {
        return new Session(s.id(), s.userId(), s.deviceName(), s.ip(), s.createdAt(), s.lastUsedAt(), at);
    }
}
