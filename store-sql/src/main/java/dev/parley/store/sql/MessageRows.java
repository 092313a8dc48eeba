package dev.parley.store.sql;

import static dev.parley.store.sql.Columns.instant;
import static dev.parley.store.sql.Columns.nullableLong;

import dev.parley.domain.message.Mentions;
import dev.parley.domain.message.Message;
import dev.parley.domain.message.MessageVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Row mappers for {@code messages}, {@code message_mentions} and {@code message_versions}. A
 * message's {@link Mentions} are split: {@code @everyone}/{@code @here} are flags on the message
 * row, mentioned users and roles are {@code message_mentions} rows of kind {@code user} /
 * {@code role}, loaded separately and passed in as {@link Targets}.
 */
final class MessageRows {
    static final String COLUMNS = "id, channel_id, author_id, seq, content, client_msg_id, reply_to_id, "
            + "mention_everyone, mention_here, created_at, edited_at, deleted_at, pinned_at";
    static final String USER = "user";
    static final String ROLE = "role";

    private MessageRows() {
    }

    /** The users and roles one message mentions, as read from {@code message_mentions}. */
    record Targets(Set<Long> users, Set<Long> roles) {
        Targets() {
            this(new HashSet<>(), new HashSet<>());
        }

        void add(String kind, long targetId) {
            (ROLE.equals(kind) ? roles : users).add(targetId);
        }
    }

    /** A message row; its mentions hold the flags only until {@link #withTargets} adds users and roles. */
    static Message message(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Message(
                rs.getLong("id"),
                rs.getLong("channel_id"),
                rs.getLong("author_id"),
                rs.getLong("seq"),
                rs.getString("content"),
                rs.getString("client_msg_id"),
                nullableLong(rs, "reply_to_id"),
                new Mentions(Set.of(), Set.of(), rs.getBoolean("mention_everyone"), rs.getBoolean("mention_here")),
                instant(rs, "created_at"),
                instant(rs, "edited_at"),
                instant(rs, "deleted_at"),
                instant(rs, "pinned_at"));
    }

    /** The message with its mentioned users and roles; null targets mention no one. */
    static Message withTargets(Message m, Targets targets) {
        if (targets == null) {
            return m;
        }
        Mentions all = new Mentions(targets.users(), targets.roles(), m.mentions().everyone(), m.mentions().here());
        return new Message(m.id(), m.channelId(), m.authorId(), m.seq(), m.content(), m.clientMsgId(), m.replyToId(),
                all, m.createdAt(), m.editedAt(), m.deletedAt(), m.pinnedAt());
    }

    static MessageVersion version(ResultSet rs, StatementContext ctx) throws SQLException {
        return new MessageVersion(
                rs.getLong("message_id"),
                rs.getInt("version"),
                rs.getString("content"),
                instant(rs, "written_at"),
                instant(rs, "replaced_at"));
    }
}
