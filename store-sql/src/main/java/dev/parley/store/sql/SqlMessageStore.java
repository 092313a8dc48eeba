package dev.parley.store.sql;

import static dev.parley.store.sql.Columns.millis;

import dev.parley.domain.message.Mentions;
import dev.parley.domain.message.Message;
import dev.parley.domain.message.MessageVersion;
import dev.parley.store.message.MessageStore;
import dev.parley.store.message.UnreadCounts;
import dev.parley.store.message.UnreadFrom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Messages, their mentions ({@link SqlMentions}) and earlier versions.
 *
 * <p><b>Sequence.</b> The last seq of each channel is a counter row in {@code channel_seqs},
 * written in the append's transaction, rather than {@code MAX(seq)} over the messages. On SQLite
 * both cost one index lookup (no scan) and measured the same per append; the counter is chosen
 * because it stays correct when writers run concurrently, as they will on PostgreSQL: there the
 * append can take the counter row's lock first ({@code UPDATE ... RETURNING}), which serializes
 * appends per channel and leaves other channels free, where two transactions reading
 * {@code MAX(seq)} would pick the same seq and one would fail. {@link #lastSeq} is a primary-key
 * lookup.
 *
 * <p>The append inserts the message with the counter's next value first and writes the counter
 * back second, so a failed insert (a reused client message id) changes nothing: a caller that
 * catches the Conflict and goes on in the same transaction leaves no gap. (SQLite keeps the
 * transaction alive after a failed statement; PostgreSQL aborts it, so there the order may flip.)
 *
 * <p>Every list is one range of the unique index {@code messages_channel_seq (channel_id, seq)}
 * plus one query for the mentions of all the messages found.
 */
final class SqlMessageStore implements MessageStore {
    private static final String SELECT = "SELECT " + MessageRows.COLUMNS + " FROM messages ";
    /** The page queries, visible to the test that checks their plans. */
    static final String BEFORE = SELECT + "WHERE channel_id = :channel AND seq < :seq ORDER BY seq DESC LIMIT :limit";
    static final String AFTER = SELECT + "WHERE channel_id = :channel AND seq > :seq ORDER BY seq LIMIT :limit";
    static final String BETWEEN = SELECT
            + "WHERE channel_id = :channel AND seq >= :from AND seq <= :to ORDER BY seq LIMIT :limit";
    static final String LATEST = SELECT + "WHERE channel_id = :channel ORDER BY seq DESC LIMIT 1";
    /**
     * Others' live messages after a seq, without walking them: seqs are gap-free and messages are
     * never removed, so {@code last_seq - after} messages follow; less the reader's own (index
     * {@code messages_channel_author_seq}) and others' tombstones (partial index
     * {@code messages_deleted}). It costs what the reader wrote and what was deleted since, not the
     * backlog, which a reconnect to a busy channel would otherwise walk (V10).
     */
    static final String COUNT_AFTER = """
            SELECT COALESCE((SELECT last_seq FROM channel_seqs WHERE channel_id = :channel), :after) - :after
                   - (SELECT COUNT(*) FROM messages
                       WHERE channel_id = :channel AND author_id = :reader AND seq > :after)
                   - (SELECT COUNT(*) FROM messages
                       WHERE channel_id = :channel AND seq > :after AND deleted_at IS NOT NULL AND author_id <> :reader)
                   AS n""";

    /** The latest message of each of some channels: the row at the seq their counter holds. */
    static final String LATEST_OF = SELECT
            + "WHERE (channel_id, seq) IN (SELECT channel_id, last_seq FROM channel_seqs WHERE channel_id IN (<ids>))";

    private final Sql sql;
    private final SqlMentions mentions;
    private final SqlUnreadCounts unread;

    SqlMessageStore(Sql sql) {
        this.sql = sql;
        this.mentions = new SqlMentions(sql);
        this.unread = new SqlUnreadCounts(sql);
    }

    /** The draft's seq is ignored; everything else is stored as given. */
    @Override
    public Message append(Message draft) {
        long seq = sql.one(bindDraft(sql.query("""
                INSERT INTO messages (id, channel_id, author_id, seq, content, client_msg_id, reply_to_id,
                                      mention_everyone, mention_here, created_at, edited_at, deleted_at, pinned_at)
                VALUES (:id, :channel, :author,
                        COALESCE((SELECT last_seq FROM channel_seqs WHERE channel_id = :channel), 0) + 1,
                        :content, :client_msg_id, :reply_to_id, :everyone, :here,
                        :created_at, :edited_at, :deleted_at, :pinned_at)
                RETURNING seq"""), draft), (rs, ctx) -> rs.getLong("seq")).orElseThrow();
        sql.execute(sql.update("""
                INSERT INTO channel_seqs (channel_id, last_seq) VALUES (:channel, :seq)
                ON CONFLICT (channel_id) DO UPDATE SET last_seq = excluded.last_seq""")
                .bind("channel", draft.channelId())
                .bind("seq", seq));
        mentions.insert(draft.id(), draft.mentions());
        return draft.withSeq(seq);
    }

    /**
     * Binds every column of a new message but its seq, under the names both dialects' inserts use:
     * {@code :id, :channel, :author, :content, :client_msg_id, :reply_to_id, :everyone, :here,
     * :created_at, :edited_at, :deleted_at, :pinned_at}.
     */
    static <S extends SqlStatement<S>> S bindDraft(S statement, Message draft) {
        return statement
                .bind("id", draft.id())
                .bind("channel", draft.channelId())
                .bind("author", draft.authorId())
                .bind("content", draft.content())
                .bind("client_msg_id", draft.clientMsgId())
                .bind("reply_to_id", draft.replyToId())
                .bind("everyone", draft.mentions().everyone())
                .bind("here", draft.mentions().here())
                .bind("created_at", millis(draft.createdAt()))
                .bind("edited_at", millis(draft.editedAt()))
                .bind("deleted_at", millis(draft.deletedAt()))
                .bind("pinned_at", millis(draft.pinnedAt()));
    }

    @Override
    public Optional<Message> byId(long id) {
        return first(sql.query(SELECT + "WHERE id = :id").bind("id", id));
    }

    @Override
    public Optional<Message> byClientMsgId(long authorId, String clientMsgId) {
        return first(sql.query(SELECT + "WHERE author_id = :author AND client_msg_id = :client_msg_id")
                .bind("author", authorId)
                .bind("client_msg_id", clientMsgId));
    }

    @Override
    public long lastSeq(long channelId) {
        return sql.one(sql.query("SELECT last_seq FROM channel_seqs WHERE channel_id = :channel")
                .bind("channel", channelId), (rs, ctx) -> rs.getLong("last_seq")).orElse(0L);
    }

    @Override
    public Map<Long, Long> lastSeqs(Collection<Long> channelIds) {
        Map<Long, Long> seqs = new HashMap<>();
        channelIds.forEach(id -> seqs.put(id, 0L));
        for (long[] row : sql.listIn("SELECT channel_id, last_seq FROM channel_seqs WHERE channel_id IN (<ids>)",
                channelIds, (rs, ctx) -> new long[] {rs.getLong("channel_id"), rs.getLong("last_seq")})) {
            seqs.put(row[0], row[1]);
        }
        return seqs;
    }

    @Override
    public Optional<Message> latest(long channelId) {
        return first(sql.query(LATEST).bind("channel", channelId));
    }

    /** A message is never removed (deletes leave tombstones), so the counter's seq always has its row. */
    @Override
    public Map<Long, Message> latestOf(Collection<Long> channelIds) {
        Map<Long, Message> latest = new HashMap<>();
        withMentions(sql.listIn(LATEST_OF, channelIds, MessageRows::message)).forEach(m -> latest.put(m.channelId(), m));
        return latest;
    }

    @Override
    public List<Message> before(long channelId, long seq, int limit) {
        if (limit <= 0) {
            return List.of(); // SQLite reads a negative LIMIT as "no limit"
        }
        List<Message> newestFirst = list(sql.query(BEFORE)
                .bind("channel", channelId)
                .bind("seq", seq)
                .bind("limit", limit));
        List<Message> ascending = new ArrayList<>(newestFirst);
        Collections.reverse(ascending);
        return ascending;
    }

    @Override
    public List<Message> after(long channelId, long seq, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return list(sql.query(AFTER)
                .bind("channel", channelId)
                .bind("seq", seq)
                .bind("limit", limit));
    }

    @Override
    public List<Message> between(long channelId, long fromSeq, long toSeq, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return list(sql.query(BETWEEN)
                .bind("channel", channelId)
                .bind("from", fromSeq)
                .bind("to", toSeq)
                .bind("limit", limit));
    }

    /**
     * A tombstone (deleted) also loses its mentions, whatever the record carries, so that no
     * mention count ever includes it, and its versions and reactions.
     */
    @Override
    public void update(Message message) {
        Mentions kept = message.deleted() ? Mentions.NONE : message.mentions();
        sql.executeOne(sql.update("""
                UPDATE messages
                   SET content = :content, mention_everyone = :everyone, mention_here = :here,
                       edited_at = :edited_at, deleted_at = :deleted_at, pinned_at = :pinned_at
                 WHERE id = :id""")
                .bind("id", message.id())
                .bind("content", message.content())
                .bind("everyone", kept.everyone())
                .bind("here", kept.here())
                .bind("edited_at", millis(message.editedAt()))
                .bind("deleted_at", millis(message.deletedAt()))
                .bind("pinned_at", millis(message.pinnedAt())), "message " + message.id());
        mentions.delete(message.id());
        mentions.insert(message.id(), kept);
        if (message.deleted()) {
            for (String table : List.of("message_versions", "reactions")) {
                sql.execute(sql.update("DELETE FROM " + table + " WHERE message_id = :id").bind("id", message.id()));
            }
        }
    }

    @Override
    public void addVersion(MessageVersion version) {
        sql.execute(sql.update("""
                INSERT INTO message_versions (message_id, version, content, written_at, replaced_at)
                VALUES (:message_id, :version, :content, :written_at, :replaced_at)""")
                .bind("message_id", version.messageId())
                .bind("version", version.version())
                .bind("content", version.content())
                .bind("written_at", millis(version.writtenAt()))
                .bind("replaced_at", millis(version.replacedAt())));
    }

    @Override
    public List<MessageVersion> versions(long messageId) {
        return sql.list(sql.query("""
                SELECT message_id, version, content, written_at, replaced_at FROM message_versions
                 WHERE message_id = :id ORDER BY version""")
                .bind("id", messageId), MessageRows::version);
    }

    /** Most recently pinned first; messages pinned in the same millisecond, highest seq first. */
    @Override
    public List<Message> pinned(long channelId) {
        return list(sql.query(SELECT + """
                WHERE channel_id = :channel AND pinned_at IS NOT NULL
                ORDER BY pinned_at DESC, seq DESC""")
                .bind("channel", channelId));
    }

    /** Walks the unread range of {@code messages_channel_seq}: the cost grows with the unread count. */
    @Override
    public int countAfter(long channelId, long afterSeq, long readerId) {
        return sql.one(sql.query(COUNT_AFTER)
                .bind("channel", channelId)
                .bind("after", afterSeq)
                .bind("reader", readerId), (rs, ctx) -> rs.getInt("n")).orElse(0);
    }

    /** Index ranges per mentioned target; the cost grows with the mentions, not the unread count. */
    @Override
    public int mentionsAfter(long channelId, long afterSeq, long readerId, Set<Long> roleIds) {
        return mentions.countAfter(channelId, afterSeq, readerId, roleIds);
    }

    @Override
    public Map<Long, UnreadCounts> unreadAfter(long readerId, Collection<UnreadFrom> from) {
        return unread.count(readerId, from);
    }

    private Optional<Message> first(Query query) {
        return list(query).stream().findFirst();
    }

    /** The messages of the query with their mentions: two statements, whatever the count. */
    private List<Message> list(Query query) {
        return withMentions(sql.list(query, MessageRows::message));
    }

    /** Messages read without their mention targets, completed with one query per chunk of them. */
    private List<Message> withMentions(List<Message> bare) {
        if (bare.isEmpty()) {
            return bare;
        }
        Map<Long, MessageRows.Targets> targets = mentions.of(bare.stream().map(Message::id).toList());
        return targets.isEmpty() ? bare : bare.stream().map(m -> MessageRows.withTargets(m, targets.get(m.id()))).toList();
    }
}
