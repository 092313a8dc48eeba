package dev.parley.store.sql;

import dev.parley.domain.message.Message;
import dev.parley.domain.message.MessageVersion;
import dev.parley.store.message.MessageStore;
import dev.parley.store.message.UnreadCounts;
import dev.parley.store.message.UnreadFrom;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Messages on PostgreSQL: {@link SqlMessageStore} for everything but {@link #append}, whose seq
 * must stay gap-free with many writers at once.
 *
 * <p>The append first bumps the channel's counter row in {@code channel_seqs} ({@code INSERT ...
 * ON CONFLICT DO UPDATE ... RETURNING}, which creates the row for a channel's first message) and
 * then inserts the message with the seq it got. The bump takes the row's lock, held until the
 * transaction ends, so appends to one channel queue behind each other while other channels go on
 * in parallel. Writes run SERIALIZABLE ({@link PostgresStorage}): an append that waited for the
 * lock of one that then committed fails with a serialization failure and its whole transaction is
 * run again, taking the next seq. Seqs come from committed counters only, so they are gap-free:
 * a transaction that fails anywhere (a reused client message id included) undoes its bump.
 */
final class PostgresMessageStore implements MessageStore {
    private final Sql sql;
    private final SqlMessageStore portable;

    PostgresMessageStore(Sql sql) {
        this.sql = sql;
        this.portable = new SqlMessageStore(sql);
    }

    /** The draft's seq is ignored; everything else is stored as given. */
    @Override
    public Message append(Message draft) {
        long seq = sql.one(sql.query("""
                INSERT INTO channel_seqs (channel_id, last_seq) VALUES (:channel, 1)
                ON CONFLICT (channel_id) DO UPDATE SET last_seq = channel_seqs.last_seq + 1
                RETURNING last_seq""")
                .bind("channel", draft.channelId()), (rs, ctx) -> rs.getLong(1)).orElseThrow();
        sql.execute(SqlMessageStore.bindDraft(sql.update("""
                INSERT INTO messages (id, channel_id, author_id, seq, content, client_msg_id, reply_to_id,
                                      mention_everyone, mention_here, created_at, edited_at, deleted_at, pinned_at)
                VALUES (:id, :channel, :author, :seq, :content, :client_msg_id, :reply_to_id, :everyone, :here,
                        :created_at, :edited_at, :deleted_at, :pinned_at)"""), draft)
                .bind("seq", seq));
        new SqlMentions(sql).insert(draft.id(), draft.mentions());
        return draft.withSeq(seq);
    }

    @Override
    public Optional<Message> byId(long id) {
        return portable.byId(id);
    }

    @Override
    public Optional<Message> byClientMsgId(long authorId, String clientMsgId) {
        return portable.byClientMsgId(authorId, clientMsgId);
    }

    @Override
    public long lastSeq(long channelId) {
        return portable.lastSeq(channelId);
    }

    @Override
    public Map<Long, Long> lastSeqs(Collection<Long> channelIds) {
        return portable.lastSeqs(channelIds);
    }

    @Override
    public Optional<Message> latest(long channelId) {
        return portable.latest(channelId);
    }

    @Override
    public Map<Long, Message> latestOf(Collection<Long> channelIds) {
        return portable.latestOf(channelIds);
    }

    @Override
    public List<Message> before(long channelId, long seq, int limit) {
        return portable.before(channelId, seq, limit);
    }

    @Override
    public List<Message> after(long channelId, long seq, int limit) {
        return portable.after(channelId, seq, limit);
    }

    @Override
    public List<Message> between(long channelId, long fromSeq, long toSeq, int limit) {
        return portable.between(channelId, fromSeq, toSeq, limit);
    }

    @Override
    public void update(Message message) {
        portable.update(message);
    }

    @Override
    public void addVersion(MessageVersion version) {
        portable.addVersion(version);
    }

    @Override
    public List<MessageVersion> versions(long messageId) {
        return portable.versions(messageId);
    }

    @Override
    public List<Message> pinned(long channelId) {
        return portable.pinned(channelId);
    }

    @Override
    public int countAfter(long channelId, long afterSeq, long readerId) {
        return portable.countAfter(channelId, afterSeq, readerId);
    }

    @Override
    public int mentionsAfter(long channelId, long afterSeq, long readerId, Set<Long> roleIds) {
        return portable.mentionsAfter(channelId, afterSeq, readerId, roleIds);
    }

    @Override
    public Map<Long, UnreadCounts> unreadAfter(long readerId, Collection<UnreadFrom> from) {
        return portable.unreadAfter(readerId, from);
    }
}
