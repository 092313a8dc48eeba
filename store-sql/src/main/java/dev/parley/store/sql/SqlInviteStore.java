package dev.parley.store.sql;

import static dev.parley.store.sql.Columns.millis;

import dev.parley.domain.invite.Invite;
import dev.parley.store.invite.InviteStore;
import java.util.List;
import java.util.Optional;

/**
 * Invites by code. Codes compare case-sensitively (the default binary collation of both SQLite
 * and PostgreSQL); the primary key turns a reused code into Conflict "invite".
 */
final class SqlInviteStore implements InviteStore {
    private static final String SELECT = "SELECT " + InviteRows.COLUMNS + " FROM invites ";

    private final Sql sql;

    SqlInviteStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(Invite invite) {
        sql.execute(sql.update("""
                INSERT INTO invites (code, community_id, inviter_id, created_at, expires_at, max_uses, uses)
                VALUES (:code, :community_id, :inviter_id, :created_at, :expires_at, :max_uses, :uses)""")
                .bind("code", invite.code())
                .bind("community_id", invite.communityId())
                .bind("inviter_id", invite.inviterId())
                .bind("created_at", millis(invite.createdAt()))
                .bind("expires_at", millis(invite.expiresAt()))
                .bind("max_uses", invite.maxUses())
                .bind("uses", invite.uses()));
    }

    @Override
    public Optional<Invite> byCode(String code) {
        return sql.one(sql.query(SELECT + "WHERE code = :code").bind("code", code), InviteRows::invite);
    }

    /** Newest first; invites created in the same millisecond come in code order. */
    @Override
    public List<Invite> ofCommunity(long communityId) {
        return sql.list(sql.query(SELECT + "WHERE community_id = :community ORDER BY created_at DESC, code")
                .bind("community", communityId), InviteRows::invite);
    }

    /** One UPDATE, so concurrent uses never lose a count. */
    @Override
    public void incrementUses(String code) {
        sql.executeOne(sql.update("UPDATE invites SET uses = uses + 1 WHERE code = :code").bind("code", code),
                "invite " + code);
    }

    @Override
    public void delete(String code) {
        sql.executeOne(sql.update("DELETE FROM invites WHERE code = :code").bind("code", code), "invite " + code);
    }
}
