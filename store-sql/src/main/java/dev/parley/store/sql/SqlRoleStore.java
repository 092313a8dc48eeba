package dev.parley.store.sql;

import dev.parley.domain.role.Role;
import dev.parley.store.role.RoleStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Roles. Deleting one relies on {@code ON DELETE CASCADE} from {@code member_roles.role_id} and
 * {@code channel_overwrites.role_id} to take it from every member and drop the overwrites that
 * target it, in the same statement.
 */
final class SqlRoleStore implements RoleStore {
    private static final String SELECT = "SELECT " + RoleRows.COLUMNS + " FROM roles ";

    private final Sql sql;

    SqlRoleStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(Role role) {
        sql.execute(sql.update("""
                INSERT INTO roles (id, community_id, name, color, position, permission_bits)
                VALUES (:id, :community_id, :name, :color, :position, :permission_bits)""")
                .bind("id", role.id())
                .bind("community_id", role.communityId())
                .bind("name", role.name())
                .bind("color", role.color())
                .bind("position", role.position())
                .bind("permission_bits", role.permissions().bits()));
    }

    @Override
    public Optional<Role> byId(long id) {
        return sql.one(sql.query(SELECT + "WHERE id = :id").bind("id", id), RoleRows::role);
    }

    @Override
    public List<Role> ofCommunity(long communityId) {
        return ofCommunities(List.of(communityId)).getOrDefault(communityId, List.of());
    }

    @Override
    public Map<Long, List<Role>> ofCommunities(Collection<Long> communityIds) {
        return sql.listIn(SELECT + "WHERE community_id IN (<ids>) ORDER BY community_id, position, id",
                communityIds, RoleRows::role).stream().collect(Collectors.groupingBy(Role::communityId));
    }

    /** Replaces name, color, position and permissions; the community never changes. */
    @Override
    public void update(Role role) {
        sql.executeOne(sql.update("""
                UPDATE roles SET name = :name, color = :color, position = :position, permission_bits = :permission_bits
                 WHERE id = :id""")
                .bind("id", role.id())
                .bind("name", role.name())
                .bind("color", role.color())
                .bind("position", role.position())
                .bind("permission_bits", role.permissions().bits()), "role " + role.id());
    }

    @Override
    public void delete(long id) {
        sql.executeOne(sql.update("DELETE FROM roles WHERE id = :id").bind("id", id), "role " + id);
    }
}
