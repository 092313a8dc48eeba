package dev.parley.store.sql;

import static dev.parley.store.sql.Columns.millis;

import dev.parley.domain.message.Reaction;
import dev.parley.domain.message.ReactionSummary;
import dev.parley.store.message.ReactionStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.Update;

/**
 * Reactions, keyed by {@code (message_id, emoji, user_id)}: that primary key makes a repeated
 * reaction a no-op ({@code ON CONFLICT DO NOTHING}) and is the only index every query here needs.
 * An emoji's "first use" is the earliest {@code created_at} among its current reactions; emojis
 * first used in the same millisecond come in emoji order. Emojis compare as stored (binary), so
 * variants such as skin tones are different reactions.
 */
final class SqlReactionStore implements ReactionStore {
    private final Sql sql;

    SqlReactionStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean add(Reaction reaction) {
        return sql.execute(sql.update("""
                INSERT INTO reactions (message_id, user_id, emoji, created_at)
                VALUES (:message, :user, :emoji, :created_at)
                ON CONFLICT (message_id, emoji, user_id) DO NOTHING""")
                .bind("message", reaction.messageId())
                .bind("user", reaction.userId())
                .bind("emoji", reaction.emoji())
                .bind("created_at", millis(reaction.createdAt()))) == 1;
    }

    @Override
    public boolean remove(long messageId, long userId, String emoji) {
        return sql.execute(sql.update(
                        "DELETE FROM reactions WHERE message_id = :message AND emoji = :emoji AND user_id = :user")
                .bind("message", messageId)
                .bind("emoji", emoji)
                .bind("user", userId)) == 1;
    }

    @Override
    public int removeAll(long messageId, String emoji) {
        Update delete = emoji == null
                ? sql.update("DELETE FROM reactions WHERE message_id = :message")
                : sql.update("DELETE FROM reactions WHERE message_id = :message AND emoji = :emoji").bind("emoji", emoji);
        return sql.execute(delete.bind("message", messageId));
    }

    @Override
    public List<Long> users(long messageId, String emoji, long afterUserId, int limit) {
        if (limit <= 0) {
            return List.of(); // SQLite reads a negative LIMIT as "no limit"
        }
        return sql.list(sql.query("""
                SELECT user_id FROM reactions
                 WHERE message_id = :message AND emoji = :emoji AND user_id > :after
                 ORDER BY user_id LIMIT :limit""")
                .bind("message", messageId)
                .bind("emoji", emoji)
                .bind("after", afterUserId)
                .bind("limit", limit), (rs, ctx) -> rs.getLong("user_id"));
    }

    /** One grouped query per {@link IdChunks chunk} of ids; the map iterates in message id order. */
    @Override
    public Map<Long, List<ReactionSummary>> summaries(List<Long> messageIds, long viewerId) {
        Map<Long, List<ReactionSummary>> byMessage = new LinkedHashMap<>();
        for (List<Long> chunk : IdChunks.of(messageIds.stream().distinct().sorted().toList())) {
            for (Row row : sql.list(sql.query("""
                    SELECT message_id, emoji, COUNT(*) AS n, MIN(created_at) AS first_use,
                           MAX(CASE WHEN user_id = :viewer THEN 1 ELSE 0 END) AS me
                      FROM reactions
                     WHERE message_id IN (<ids>)
                     GROUP BY message_id, emoji
                     ORDER BY message_id, first_use, emoji""")
                    .bind("viewer", viewerId)
                    .bindList("ids", chunk), (rs, ctx) -> new Row(rs.getLong("message_id"),
                            new ReactionSummary(rs.getString("emoji"), rs.getInt("n"), rs.getInt("me") == 1)))) {
                byMessage.computeIfAbsent(row.messageId(), id -> new ArrayList<>()).add(row.summary());
            }
        }
        return byMessage;
    }

    private record Row(long messageId, ReactionSummary summary) {
    }
}
