package dev.parley.store.sql;

import static dev.parley.store.sql.Columns.instant;

import dev.parley.domain.invite.Invite;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementContext;

/** Row mapper for {@code invites}; a null {@code expires_at} means the invite never expires. */
final class InviteRows {
    static final String COLUMNS = "code, community_id, inviter_id, created_at, expires_at, max_uses, uses";

    private InviteRows() {
    }

    static Invite invite(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Invite(
                rs.getString("code"),
                rs.getLong("community_id"),
                rs.getLong("inviter_id"),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                rs.getInt("max_uses"),
                rs.getInt("uses"));
    }
}
