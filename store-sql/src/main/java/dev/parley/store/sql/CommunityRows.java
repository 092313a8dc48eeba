package dev.parley.store.sql;

import static dev.parley.store.sql.Columns.instant;

import dev.parley.domain.community.Community;
import dev.parley.domain.community.Member;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import org.jdbi.v3.core.statement.StatementContext;

/** Row mappers for the {@code communities} and {@code members} tables. */
final class CommunityRows {
    static final String COLUMNS = "id, name, description, owner_id, created_at";
    static final String MEMBER_COLUMNS = "community_id, user_id, nickname, joined_at";

    private CommunityRows() {
    }

    static Community community(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Community(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getLong("owner_id"),
                instant(rs, "created_at"));
    }

    /** A member row with the role ids loaded separately from {@code member_roles}. */
    static Member member(ResultSet rs, Set<Long> roleIds) throws SQLException {
        return new Member(
                rs.getLong("community_id"),
                rs.getLong("user_id"),
                rs.getString("nickname"),
                roleIds,
                instant(rs, "joined_at"));
    }
}
