package dev.parley.store.sql;

import static dev.parley.store.sql.Columns.millis;

import dev.parley.domain.community.Community;
import dev.parley.store.community.CommunityStore;
import java.util.List;
import java.util.Optional;

/**
 * Communities. Deleting one relies on the schema's {@code ON DELETE CASCADE} foreign keys to take
 * its channels (and their overwrites), roles, members (and their role assignments) and invites in
 * the same statement.
 */
final class SqlCommunityStore implements CommunityStore {
    private final Sql sql;

    SqlCommunityStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(Community community) {
        sql.execute(sql.update("""
                INSERT INTO communities (id, name, description, owner_id, created_at)
                VALUES (:id, :name, :description, :owner_id, :created_at)""")
                .bind("id", community.id())
                .bind("name", community.name())
                .bind("description", community.description())
                .bind("owner_id", community.ownerId())
                .bind("created_at", millis(community.createdAt())));
    }

    @Override
    public Optional<Community> byId(long id) {
        return sql.one(sql.query("SELECT " + CommunityRows.COLUMNS + " FROM communities WHERE id = :id")
                .bind("id", id), CommunityRows::community);
    }

    @Override
    public void update(Community community) {
        sql.executeOne(sql.update("""
                UPDATE communities
                   SET name = :name, description = :description, owner_id = :owner_id, created_at = :created_at
                 WHERE id = :id""")
                .bind("id", community.id())
                .bind("name", community.name())
                .bind("description", community.description())
                .bind("owner_id", community.ownerId())
                .bind("created_at", millis(community.createdAt())), "community " + community.id());
    }

    @Override
    public void delete(long id) {
        sql.executeOne(sql.update("DELETE FROM communities WHERE id = :id").bind("id", id), "community " + id);
    }

    @Override
    public List<Community> ofMember(long userId) {
        return sql.list(sql.query("""
                SELECT c.id, c.name, c.description, c.owner_id, c.created_at
                  FROM members m JOIN communities c ON c.id = m.community_id
                 WHERE m.user_id = :user
                 ORDER BY c.id""")
                .bind("user", userId), CommunityRows::community);
    }
}
