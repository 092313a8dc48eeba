package dev.parley.store.message;

import dev.parley.domain.message.Message;
import dev.parley.domain.message.MessageVersion;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Messages of every channel kind, with their per-channel sequence. Lists come back in ascending
 * {@code seq} and include tombstones of deleted messages (so a reader sees the sequence has no
 * gaps). A channel with no messages has last seq 0; the first message gets seq 1.
 */
public interface MessageStore {
    /**
     * Stores a draft with the channel's next seq (last seq + 1, assigned inside this transaction,
     * so seqs are gap-free and strictly increasing in commit order) and returns it with that seq.
     *
     * @throws dev.parley.store.StoreException.Conflict key "client_msg_id" if the author already
     *     used the draft's client message id (in any channel)
     */
    Message append(Message draft);

    Optional<Message> byId(long id);

    Optional<Message> byClientMsgId(long authorId, String clientMsgId);

    /** The highest seq of the channel, 0 if it has none. */
    long lastSeq(long channelId);

    /** {@link #lastSeq} of each of {@code channelIds}: every id given is a key, 0 for a channel without messages. */
    Map<Long, Long> lastSeqs(Collection<Long> channelIds);

    /** The channel's message with the highest seq (deleted or not). */
    Optional<Message> latest(long channelId);

    /** {@link #latest} of each of {@code channelIds} that has messages; the others are not keys. */
    Map<Long, Message> latestOf(Collection<Long> channelIds);

    /** The {@code limit} messages just below {@code seq} (exclusive), ascending. */
    List<Message> before(long channelId, long seq, int limit);

    /** The {@code limit} messages just above {@code seq} (exclusive), ascending. */
    List<Message> after(long channelId, long seq, int limit);

    /** Messages with {@code fromSeq <= seq <= toSeq}, ascending, at most {@code limit}. */
    List<Message> between(long channelId, long fromSeq, long toSeq, int limit);

    /**
     * Replaces content, mentions, edited, deleted and pinned state of the stored message with the
     * same id (id, channel, author, seq, client id and reply stay as stored). A tombstone also
     * loses its versions and reactions.
     *
     * @throws dev.parley.store.StoreException.NotFound
     */
    void update(Message message);

    /** Keeps an earlier text of a message. */
    void addVersion(MessageVersion version);

    /** Earlier texts of a message, oldest first. */
    List<MessageVersion> versions(long messageId);

    /** Pinned messages of a channel, most recently pinned first. */
    List<Message> pinned(long channelId);

    /**
     * How many messages not written by {@code readerId}, not deleted, have seq above {@code afterSeq}.
     */
    int countAfter(long channelId, long afterSeq, long readerId);

    /**
     * How many of those mention the reader: directly, through one of {@code roleIds}, or by
     * {@code @everyone}/{@code @here}.
     */
    int mentionsAfter(long channelId, long afterSeq, long readerId, Set<Long> roleIds);

    /**
     * {@link #countAfter} and {@link #mentionsAfter} of one reader in many channels at once (READY
     * asks for every channel a user sees): for each of {@code from} (at most one per channel), the
     * counts after its {@code afterSeq} with its {@code roleIds}, keyed by its channel id. The cost
     * does not grow with the number of channels in statements, only in rows.
     */
    Map<Long, UnreadCounts> unreadAfter(long readerId, Collection<UnreadFrom> from);
}
