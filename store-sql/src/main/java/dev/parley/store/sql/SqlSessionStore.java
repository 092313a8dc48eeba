package dev.parley.store.sql;

import static dev.parley.store.sql.Columns.millis;

import dev.parley.domain.session.RefreshToken;
import dev.parley.domain.session.Session;
import dev.parley.store.session.SessionStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sessions and refresh tokens. Both writes that can race ({@link #revoke}, {@link
 * #markRefreshTokenUsed}) are single conditional UPDATEs, so they stay correct even without the
 * writer serialization the storage provides.
 */
final class SqlSessionStore implements SessionStore {
    private static final String SELECT_SESSION = "SELECT " + SessionRows.SESSION_COLUMNS + " FROM sessions ";
    /** Newest first; ids are time-ordered, so id breaks ties between equal creation times. */
    private static final String NEWEST_FIRST = " ORDER BY created_at DESC, id DESC";

    private final Sql sql;

    SqlSessionStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(Session session) {
        sql.execute(sql.update("""
                INSERT INTO sessions (id, user_id, device_name, ip, created_at, last_used_at, revoked_at)
                VALUES (:id, :user_id, :device_name, :ip, :created_at, :last_used_at, :revoked_at)""")
                .bind("id", session.id())
                .bind("user_id", session.userId())
                .bind("device_name", session.deviceName())
                .bind("ip", session.ip())
                .bind("created_at", millis(session.createdAt()))
                .bind("last_used_at", millis(session.lastUsedAt()))
                .bind("revoked_at", millis(session.revokedAt())));
    }

    @Override
    public Optional<Session> byId(long id) {
        return sql.one(sql.query(SELECT_SESSION + "WHERE id = :id").bind("id", id), SessionRows::session);
    }

    @Override
    public List<Session> activeOf(long userId) {
        return sql.list(sql.query(SELECT_SESSION + "WHERE user_id = :user AND revoked_at IS NULL" + NEWEST_FIRST)
                .bind("user", userId), SessionRows::session);
    }

    @Override
    public void touch(long sessionId, Instant at, String ip) {
        sql.executeOne(sql.update("UPDATE sessions SET last_used_at = :at, ip = :ip WHERE id = :id")
                .bind("at", millis(at))
                .bind("ip", ip)
                .bind("id", sessionId), "session " + sessionId);
    }

    /** A missing session is not an error: revoking is idempotent and the result is the same. */
    @Override
    public void revoke(long sessionId, Instant at) {
        sql.execute(sql.update("UPDATE sessions SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .bind("at", millis(at))
                .bind("id", sessionId));
    }

    /** Returns the revoked ids newest first, like {@link #activeOf}. */
    @Override
    public List<Long> revokeAllOf(long userId, long keepSessionId, Instant at) {
        // Select then update inside one write transaction: writes are serialized, so nothing can
        // activate or revoke a session of this user in between.
        List<Long> ids = sql.list(sql.query("""
                SELECT id, created_at FROM sessions
                 WHERE user_id = :user AND revoked_at IS NULL AND id <> :keep""" + NEWEST_FIRST)
                .bind("user", userId)
                .bind("keep", keepSessionId), (rs, ctx) -> rs.getLong("id"));
        sql.execute(sql.update("""
                UPDATE sessions SET revoked_at = :at
                 WHERE user_id = :user AND revoked_at IS NULL AND id <> :keep""")
                .bind("at", millis(at))
                .bind("user", userId)
                .bind("keep", keepSessionId));
        return ids;
    }

    @Override
    public void insertRefreshToken(RefreshToken token) {
        sql.execute(sql.update("""
                INSERT INTO refresh_tokens (hash, session_id, user_id, created_at, expires_at, used_at)
                VALUES (:hash, :session_id, :user_id, :created_at, :expires_at, :used_at)""")
                .bind("hash", token.hash())
                .bind("session_id", token.sessionId())
                .bind("user_id", token.userId())
                .bind("created_at", millis(token.createdAt()))
                .bind("expires_at", millis(token.expiresAt()))
                .bind("used_at", millis(token.usedAt())));
    }

    @Override
    public Optional<RefreshToken> refreshTokenByHash(String hash) {
        return sql.one(sql.query("SELECT " + SessionRows.TOKEN_COLUMNS + " FROM refresh_tokens WHERE hash = :hash")
                .bind("hash", hash), SessionRows::token);
    }

    @Override
    public boolean markRefreshTokenUsed(String hash, Instant at) {
        return sql.execute(sql.update("UPDATE refresh_tokens SET used_at = :at WHERE hash = :hash AND used_at IS NULL")
                .bind("at", millis(at))
                .bind("hash", hash)) == 1;
    }
}
