package dev.parley.store.memory;

import dev.parley.domain.message.Message;
import dev.parley.domain.message.MessageVersion;
import dev.parley.store.StoreException;
import dev.parley.store.memory.MemoryState.VersionKey;
import dev.parley.store.message.MessageStore;
import dev.parley.store.message.UnreadCounts;
import dev.parley.store.message.UnreadFrom;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Messages, scanned rather than indexed. A channel's last seq is the highest seq among its rows,
 * which never shrinks because messages are tombstoned, not removed. A null client message id
 * never clashes and is never found. Pins made in the same instant come newest message first.
 * Versions are keyed by (message, number); adding an existing one is a caller bug
 * ({@link IllegalStateException}).
 */
final class MemoryMessageStore implements MessageStore {
    private static final Comparator<Message> BY_SEQ = Comparator.comparingLong(Message::seq);
    private static final Comparator<Message> MOST_RECENTLY_PINNED_FIRST =
            Comparator.comparing(Message::pinnedAt).thenComparingLong(Message::id).reversed();

    private final MemoryState state;

    MemoryMessageStore(MemoryState state) {
        this.state = state;
    }

    @Override
    public Message append(Message draft) {
        if (state.messages().containsKey(draft.id())) {
            throw new IllegalStateException("message " + draft.id() + " already exists");
        }
        if (draft.clientMsgId() != null && byClientMsgId(draft.authorId(), draft.clientMsgId()).isPresent()) {
            throw new StoreException.Conflict("client_msg_id");
        }
        Message stored = draft.withSeq(lastSeq(draft.channelId()) + 1);
        state.messages().put(stored.id(), stored);
        return stored;
    }

    @Override
    public Optional<Message> byId(long id) {
        return Optional.ofNullable(state.messages().get(id));
    }

    @Override
    public Optional<Message> byClientMsgId(long authorId, String clientMsgId) {
        return state.messages().values().stream()
                .filter(m -> clientMsgId != null && m.authorId() == authorId && clientMsgId.equals(m.clientMsgId()))
                .findFirst();
    }

    @Override
    public long lastSeq(long channelId) {
        return latest(channelId).map(Message::seq).orElse(0L);
    }

    @Override
    public Map<Long, Long> lastSeqs(Collection<Long> channelIds) {
        Map<Long, Long> seqs = new HashMap<>();
        channelIds.forEach(id -> seqs.put(id, lastSeq(id)));
        return seqs;
    }

    @Override
    public Optional<Message> latest(long channelId) {
        return of(channelId).max(BY_SEQ);
    }

    @Override
    public Map<Long, Message> latestOf(Collection<Long> channelIds) {
        Map<Long, Message> latest = new HashMap<>();
        channelIds.forEach(id -> latest(id).ifPresent(m -> latest.put(id, m)));
        return latest;
    }

    @Override
    public List<Message> before(long channelId, long seq, int limit) {
        List<Message> newestFirst = of(channelId).filter(m -> m.seq() < seq)
                .sorted(BY_SEQ.reversed()).limit(limit).toList();
        return newestFirst.reversed();
    }

    @Override
    public List<Message> after(long channelId, long seq, int limit) {
        return of(channelId).filter(m -> m.seq() > seq).sorted(BY_SEQ).limit(limit).toList();
    }

    @Override
    public List<Message> between(long channelId, long fromSeq, long toSeq, int limit) {
        return of(channelId).filter(m -> fromSeq <= m.seq() && m.seq() <= toSeq).sorted(BY_SEQ).limit(limit).toList();
    }

    /** Keeps the stored id, channel, author, seq, client id, reply and creation time. */
    @Override
    public void update(Message m) {
        Message s = state.messages().get(m.id());
        if (s == null) {
            throw new StoreException.NotFound("message " + m.id());
        }
        state.messages().put(s.id(), new Message(s.id(), s.channelId(), s.authorId(), s.seq(), m.content(),
                s.clientMsgId(), s.replyToId(), m.mentions(), s.createdAt(), m.editedAt(), m.deletedAt(),
                m.pinnedAt()));
        if (m.deleted()) {
            state.versions().keySet().removeIf(k -> k.messageId() == s.id());
            state.reactions().keySet().removeIf(k -> k.messageId() == s.id());
        }
    }

    @Override
    public void addVersion(MessageVersion version) {
        if (state.versions().putIfAbsent(VersionKey.of(version), version) != null) {
            throw new IllegalStateException("version " + version.version() + " of " + version.messageId() + " exists");
        }
    }

    @Override
    public List<MessageVersion> versions(long messageId) {
        return state.versions().values().stream()
                .filter(v -> v.messageId() == messageId)
                .sorted(Comparator.comparingInt(MessageVersion::version))
                .toList();
    }

    @Override
    public List<Message> pinned(long channelId) {
        return of(channelId).filter(Message::pinned).sorted(MOST_RECENTLY_PINNED_FIRST).toList();
    }

    @Override
    public int countAfter(long channelId, long afterSeq, long readerId) {
        return (int) unreadBy(channelId, afterSeq, readerId).count();
    }

    @Override
    public int mentionsAfter(long channelId, long afterSeq, long readerId, Set<Long> roleIds) {
        return (int) unreadBy(channelId, afterSeq, readerId)
                .filter(m -> m.mentions().mentions(readerId, roleIds))
                .count();
    }

    @Override
    public Map<Long, UnreadCounts> unreadAfter(long readerId, Collection<UnreadFrom> from) {
        Map<Long, UnreadCounts> counts = new HashMap<>();
        for (UnreadFrom f : from) {
            counts.put(f.channelId(), new UnreadCounts(countAfter(f.channelId(), f.afterSeq(), readerId),
                    mentionsAfter(f.channelId(), f.afterSeq(), readerId, f.roleIds())));
        }
        return counts;
    }

    /** Live messages of others above {@code afterSeq}. */
    private Stream<Message> unreadBy(long channelId, long afterSeq, long readerId) {
        return of(channelId).filter(m -> m.seq() > afterSeq && m.authorId() != readerId && !m.deleted());
    }

    private Stream<Message> of(long channelId) {
        return state.messages().values().stream().filter(m -> m.channelId() == channelId);
    }
}
