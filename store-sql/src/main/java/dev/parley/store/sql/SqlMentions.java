package dev.parley.store.sql;

import static dev.parley.store.sql.MessageRows.ROLE;
import static dev.parley.store.sql.MessageRows.USER;

import dev.parley.domain.message.Mentions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * The {@code message_mentions} rows of {@link SqlMessageStore}: the users and roles a message
 * mentions, with the message's channel and seq copied in so that counting a reader's mentions is
 * an index range per target rather than a walk over the unread messages.
 */
final class SqlMentions {
    /**
     * Messages above a seq that mention a user, one of some roles, or everyone/here. The last
     * branch repeats the WHERE of the partial index {@code messages_broadcast} verbatim, which is
     * what lets the planner use it.
     */
    static final String MENTIONED_AFTER = """
            SELECT message_id FROM message_mentions
             WHERE channel_id = :channel AND kind = 'user' AND target_id = :reader AND seq > :after
            UNION ALL
            SELECT id FROM messages
             WHERE channel_id = :channel AND seq > :after AND (mention_everyone OR mention_here)""";
    static final String ROLES_MENTIONED_AFTER = """
            UNION ALL
            SELECT message_id FROM message_mentions
             WHERE channel_id = :channel AND kind = 'role' AND target_id IN (<roles>) AND seq > :after""";

    private final Sql sql;

    SqlMentions(Sql sql) {
        this.sql = sql;
    }

    /**
     * Stores the users and roles {@code mentions} names for the message, taking its channel and
     * seq from the stored row. Flags are columns of {@code messages} and not written here.
     */
    void insert(long messageId, Mentions mentions) {
        if (mentions.users().isEmpty() && mentions.roles().isEmpty()) {
            return;
        }
        PreparedBatch batch = sql.batch("""
                INSERT INTO message_mentions (message_id, kind, target_id, channel_id, seq)
                SELECT id, :kind, :target, channel_id, seq FROM messages WHERE id = :id""");
        for (long user : mentions.users()) {
            batch.bind("id", messageId).bind("kind", USER).bind("target", user).add();
        }
        for (long role : mentions.roles()) {
            batch.bind("id", messageId).bind("kind", ROLE).bind("target", role).add();
        }
        sql.execute(batch);
    }

    void delete(long messageId) {
        sql.execute(sql.update("DELETE FROM message_mentions WHERE message_id = :id").bind("id", messageId));
    }

    /** The targets of each of {@code messageIds} that mentions a user or role; one query per chunk. */
    Map<Long, MessageRows.Targets> of(List<Long> messageIds) {
        Map<Long, MessageRows.Targets> targets = new HashMap<>();
        for (List<Long> chunk : IdChunks.of(messageIds)) {
            for (Row row : sql.list(sql.query(
                            "SELECT message_id, kind, target_id FROM message_mentions WHERE message_id IN (<ids>)")
                    .bindList("ids", chunk), (rs, ctx) ->
                    new Row(rs.getLong("message_id"), rs.getString("kind"), rs.getLong("target_id")))) {
                targets.computeIfAbsent(row.messageId(), id -> new MessageRows.Targets()).add(row.kind(), row.targetId());
            }
        }
        return targets;
    }

    /** See {@link dev.parley.store.message.MessageStore#mentionsAfter}. */
    int countAfter(long channelId, long afterSeq, long readerId, Set<Long> roleIds) {
        Query query = sql.query(countAfterSql(!roleIds.isEmpty()))
                .bind("channel", channelId)
                .bind("after", afterSeq)
                .bind("reader", readerId);
        if (!roleIds.isEmpty()) {
            query.bindList("roles", List.copyOf(roleIds));
        }
        return sql.one(query, (rs, ctx) -> rs.getInt("n")).orElse(0);
    }

    /**
     * The count of {@link #countAfter}: the messages the branches find, each once, looked up by
     * primary key to drop the reader's own and deleted ones. Without roles the role branch is
     * left out, since {@code IN ()} is not valid SQL.
     */
    static String countAfterSql(boolean withRoles) {
        return countAfterSql(withRoles ? "<roles>" : null);
    }

    /** {@link #countAfterSql(boolean)} with the role ids given by {@code roles}, an IN list or subquery; null for none. */
    static String countAfterSql(String roles) {
        return "SELECT COUNT(*) AS n FROM messages WHERE id IN (\n" + MENTIONED_AFTER
                + (roles != null ? "\n" + ROLES_MENTIONED_AFTER.replace("<roles>", roles) : "")
                + ")\n   AND author_id <> :reader AND deleted_at IS NULL";
    }

    private record Row(long messageId, String kind, long targetId) {
    }
}
