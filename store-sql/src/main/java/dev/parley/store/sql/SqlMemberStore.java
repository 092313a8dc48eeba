package dev.parley.store.sql;

import static dev.parley.store.sql.Columns.millis;

import dev.parley.domain.community.Member;
import dev.parley.domain.user.User;
import dev.parley.store.community.MemberStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Memberships. A member is a {@code members} row plus its explicit roles in {@code member_roles};
 * both are written and read together. Deleting a member or one of its roles cascades in the schema.
 * The community's {@code member_count} (V6) changes with every insert and delete here, in the same
 * transaction, so {@link #count} is one row read whatever the community's size.
 */
final class SqlMemberStore implements MemberStore {
    private static final String SELECT = "SELECT " + CommunityRows.MEMBER_COLUMNS + " FROM members ";

    private final Sql sql;

    SqlMemberStore(Sql sql) {
        this.sql = sql;
    }

    /** The primary key (community_id, user_id) turns a second insert into Conflict "member". */
    @Override
    public void insert(Member member) {
        sql.execute(sql.update("""
                INSERT INTO members (community_id, user_id, nickname, nickname_canonical, joined_at)
                VALUES (:community_id, :user_id, :nickname, :nickname_canonical, :joined_at)""")
                .bind("community_id", member.communityId())
                .bind("user_id", member.userId())
                .bind("nickname", member.nickname())
                .bind("nickname_canonical", canonical(member.nickname()))
                .bind("joined_at", millis(member.joinedAt())));
        countMembers(member.communityId(), +1);
        insertRoles(member);
    }

    @Override
    public Optional<Member> get(long communityId, long userId) {
        Set<Long> roles = new HashSet<>(sql.list(sql.query(
                        "SELECT role_id FROM member_roles WHERE community_id = :community AND user_id = :user")
                .bind("community", communityId)
                .bind("user", userId), (rs, ctx) -> rs.getLong("role_id")));
        return sql.one(sql.query(SELECT + "WHERE community_id = :community AND user_id = :user")
                .bind("community", communityId)
                .bind("user", userId), (rs, ctx) -> CommunityRows.member(rs, roles));
    }

    /**
     * One statement through {@code members_user}: each of the user's rows joined with its roles (a
     * row per role, one with none for a member without), folded back into members by community.
     */
    @Override
    public List<Member> ofUser(long userId) {
        Map<Long, Member> members = new LinkedHashMap<>();
        Map<Long, Set<Long>> roles = new HashMap<>();
        sql.list(sql.query("""
                SELECT m.community_id, m.user_id, m.nickname, m.joined_at, r.role_id
                  FROM members m LEFT JOIN member_roles r ON r.community_id = m.community_id AND r.user_id = m.user_id
                 WHERE m.user_id = :user
                 ORDER BY m.community_id""").bind("user", userId), (rs, ctx) -> {
            long community = rs.getLong("community_id");
            if (!members.containsKey(community)) {
                members.put(community, CommunityRows.member(rs, Set.of()));
            }
            Long role = Columns.nullableLong(rs, "role_id");
            if (role != null) {
                roles.computeIfAbsent(community, k -> new HashSet<>()).add(role);
            }
            return community;
        });
        return members.values().stream()
                .map(m -> roles.containsKey(m.communityId()) ? m.withRoles(roles.get(m.communityId())) : m).toList();
    }

    @Override
    public List<Member> page(long communityId, long afterUserId, int limit) {
        if (limit <= 0) {
            return List.of(); // SQLite reads a negative LIMIT as "no limit"
        }
        // Roles of the page's users first, then the members; both read the same snapshot.
        Map<Long, Set<Long>> roles = new HashMap<>();
        for (long[] pair : sql.list(sql.query("""
                SELECT user_id, role_id FROM member_roles
                 WHERE community_id = :community
                   AND user_id IN (SELECT user_id FROM members
                                    WHERE community_id = :community AND user_id > :after
                                    ORDER BY user_id LIMIT :limit)""")
                .bind("community", communityId)
                .bind("after", afterUserId)
                .bind("limit", limit), (rs, ctx) -> new long[] {rs.getLong("user_id"), rs.getLong("role_id")})) {
            roles.computeIfAbsent(pair[0], id -> new HashSet<>()).add(pair[1]);
        }
        return sql.list(sql.query(SELECT + """
                WHERE community_id = :community AND user_id > :after
                ORDER BY user_id LIMIT :limit""")
                .bind("community", communityId)
                .bind("after", afterUserId)
                .bind("limit", limit),
                (rs, ctx) -> CommunityRows.member(rs, roles.getOrDefault(rs.getLong("user_id"), Set.of())));
    }

    @Override
    public List<Member> ofUsers(long communityId, Collection<Long> userIds) {
        List<Member> found = new ArrayList<>();
        for (List<Long> chunk : IdChunks.of(userIds.stream().distinct().sorted().toList())) {
            Map<Long, Set<Long>> roles = rolesOf(communityId, chunk);
            found.addAll(sql.list(sql.query(SELECT + """
                    WHERE community_id = :community AND user_id IN (<ids>)
                    ORDER BY user_id""")
                    .bind("community", communityId)
                    .bindList("ids", chunk),
                    (rs, ctx) -> CommunityRows.member(rs, roles.getOrDefault(rs.getLong("user_id"), Set.of()))));
        }
        return found;
    }

    /**
     * SQLite's {@code substr} counts characters (code points), so the prefix length is given in
     * code points too. Scans the community's members; fine for the sizes REQUEST_MEMBERS serves.
     */
    @Override
    public List<Member> search(long communityId, String prefix, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        String wanted = User.canonical(prefix);
        List<Member> rows = sql.list(sql.query("""
                SELECT m.community_id, m.user_id, m.nickname, m.joined_at
                  FROM members m JOIN users u ON u.id = m.user_id
                 WHERE m.community_id = :community
                   AND (substr(u.username_canonical, 1, :length) = :prefix
                        OR substr(m.nickname_canonical, 1, :length) = :prefix)
                 ORDER BY u.username_canonical, m.user_id
                 LIMIT :limit""")
                .bind("community", communityId)
                .bind("prefix", wanted)
                .bind("length", wanted.codePointCount(0, wanted.length()))
                .bind("limit", limit), (rs, ctx) -> CommunityRows.member(rs, Set.of()));
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Set<Long>> roles = rolesOf(communityId, rows.stream().map(Member::userId).toList());
        return rows.stream().map(m -> m.withRoles(roles.getOrDefault(m.userId(), Set.of()))).toList();
    }

    /** The explicit roles of some members, by user id. */
    private Map<Long, Set<Long>> rolesOf(long communityId, List<Long> userIds) {
        Map<Long, Set<Long>> roles = new HashMap<>();
        for (List<Long> chunk : IdChunks.of(userIds)) {
            for (long[] pair : sql.list(sql.query("""
                    SELECT user_id, role_id FROM member_roles
                     WHERE community_id = :community AND user_id IN (<ids>)""")
                    .bind("community", communityId)
                    .bindList("ids", chunk), (rs, ctx) -> new long[] {rs.getLong("user_id"), rs.getLong("role_id")})) {
                roles.computeIfAbsent(pair[0], id -> new HashSet<>()).add(pair[1]);
            }
        }
        return roles;
    }

    private static String canonical(String nickname) {
        return nickname == null ? null : User.canonical(nickname);
    }

    /** Replaces the nickname and the explicit roles; joined_at never changes. */
    @Override
    public void update(Member member) {
        sql.executeOne(sql.update(
                        "UPDATE members SET nickname = :nickname, nickname_canonical = :nickname_canonical"
                                + " WHERE community_id = :community AND user_id = :user")
                .bind("nickname", member.nickname())
                .bind("nickname_canonical", canonical(member.nickname()))
                .bind("community", member.communityId())
                .bind("user", member.userId()), "member " + member.communityId() + "/" + member.userId());
        sql.execute(sql.update("DELETE FROM member_roles WHERE community_id = :community AND user_id = :user")
                .bind("community", member.communityId())
                .bind("user", member.userId()));
        insertRoles(member);
    }

    @Override
    public void delete(long communityId, long userId) {
        sql.executeOne(sql.update("DELETE FROM members WHERE community_id = :community AND user_id = :user")
                .bind("community", communityId)
                .bind("user", userId), "member " + communityId + "/" + userId);
        countMembers(communityId, -1);
    }

    @Override
    public int count(long communityId) {
        return counts(List.of(communityId)).get(communityId);
    }

    @Override
    public Map<Long, Integer> counts(Collection<Long> communityIds) {
        Map<Long, Integer> counts = new HashMap<>();
        communityIds.forEach(id -> counts.put(id, 0));
        for (long[] row : sql.listIn("SELECT id, member_count FROM communities WHERE id IN (<ids>)",
                communityIds, (rs, ctx) -> new long[] {rs.getLong("id"), rs.getLong("member_count")})) {
            counts.put(row[0], (int) row[1]);
        }
        return counts;
    }

    private void countMembers(long communityId, int change) {
        sql.execute(sql.update("UPDATE communities SET member_count = member_count + :change WHERE id = :community")
                .bind("change", change)
                .bind("community", communityId));
    }

    private void insertRoles(Member member) {
        PreparedBatch batch = sql.batch(
                "INSERT INTO member_roles (community_id, user_id, role_id) VALUES (:community, :user, :role)");
        for (long roleId : member.roleIds()) {
            batch.bind("community", member.communityId())
                    .bind("user", member.userId())
                    .bind("role", roleId)
                    .add();
        }
        sql.execute(batch);
    }
}
