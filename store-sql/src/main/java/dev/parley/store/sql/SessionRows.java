package dev.parley.store.sql;

import static dev.parley.store.sql.Columns.instant;

import dev.parley.domain.session.RefreshToken;
import dev.parley.domain.session.Session;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementContext;

/** Row mappers for the {@code sessions} and {@code refresh_tokens} tables. */
final class SessionRows {
    static final String SESSION_COLUMNS = "id, user_id, device_name, ip, created_at, last_used_at, revoked_at";
    static final String TOKEN_COLUMNS = "hash, session_id, user_id, created_at, expires_at, used_at";

    private SessionRows() {
    }

    static Session session(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Session(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getString("device_name"),
                rs.getString("ip"),
                instant(rs, "created_at"),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    static RefreshToken token(ResultSet rs, StatementContext ctx) throws SQLException {
        return new RefreshToken(
                rs.getString("hash"),
                rs.getLong("session_id"),
                rs.getLong("user_id"),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "used_at"));
    }
}
