package dev.parley.store.sql;

import dev.parley.domain.permission.PermissionSet;
import dev.parley.domain.role.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementContext;

/** Row mapper for {@code roles}; permissions are stored as their bit field. */
final class RoleRows {
    static final String COLUMNS = "id, community_id, name, color, position, permission_bits";

    private RoleRows() {
    }

    static Role role(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Role(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getString("name"),
                rs.getInt("color"),
                rs.getInt("position"),
                new PermissionSet(rs.getLong("permission_bits")));
    }
}
