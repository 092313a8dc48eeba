package dev.parley.domain.message;

import java.time.Instant;

/**
 * A message of a channel (a community channel, a DM or a group: they share one id space).
 * {@code seq} is the message's place in its channel: assigned at commit, gap-free, strictly
 * increasing. {@code clientMsgId} is the author's idempotency key, unique per author. A deleted
 * message keeps its id, seq and author as a tombstone: {@code content} is null and
 * {@code deletedAt} set. Content is markdown source, stored as written.
 */
public record Message(
        long id,
        long channelId,
        long authorId,
        long seq,
        String content,
        String clientMsgId,
        Long replyToId,
        Mentions mentions,
        Instant createdAt,
        Instant editedAt,
        Instant deletedAt,
        Instant pinnedAt) {

    public boolean deleted() {
        return deletedAt != null;
    }

    public boolean pinned() {
        return pinnedAt != null;
    }

    /** A draft before the store assigns {@code seq}. */
    public static Message draft(long id, long channelId, long authorId, String content, String clientMsgId,
                                Long replyToId, Mentions mentions, Instant createdAt) {
        return new Message(id, channelId, authorId, 0, content, clientMsgId, replyToId, mentions, createdAt, null, null, null);
    }

    public Message withSeq(long newSeq) {
        return new Message(id, channelId, authorId, newSeq, content, clientMsgId, replyToId, mentions, createdAt, editedAt, deletedAt, pinnedAt);
    }

    public Message edited(String newContent, Mentions newMentions, Instant at) {
        return new Message(id, channelId, authorId, seq, newContent, clientMsgId, replyToId, newMentions, createdAt, at, deletedAt, pinnedAt);
    }

    public Message tombstone(Instant at) {
        return new Message(id, channelId, authorId, seq, null, clientMsgId, replyToId, Mentions.NONE, createdAt, editedAt, at, null);
    }

    public Message withPinnedAt(Instant at) {
        return new Message(id, channelId, authorId, seq, content, clientMsgId, replyToId, mentions, createdAt, editedAt, deletedAt, at);
    }
}
