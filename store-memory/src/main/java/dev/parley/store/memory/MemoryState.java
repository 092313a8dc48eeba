package dev.parley.store.memory;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.community.Community;
import dev.parley.domain.community.Member;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.invite.Invite;
import dev.parley.domain.message.Message;
import dev.parley.domain.message.MessageVersion;
import dev.parley.domain.message.Reaction;
import dev.parley.domain.readstate.ReadState;
import dev.parley.domain.role.Role;
import dev.parley.domain.session.RefreshToken;
import dev.parley.domain.session.Session;
import dev.parley.domain.user.Settings;
import dev.parley.domain.user.User;
import dev.parley.store.event.LoggedEvent;
import dev.parley.store.gateway.ResumeRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every row of a {@link MemoryStorage}, one plain map per table. Values are immutable records, so
 * a {@link #copy()} of the maps is a complete, independent snapshot.
 */
record MemoryState(
        Map<Long, User> users,
        Map<Long, Session> sessions,
        Map<String, RefreshToken> refreshTokens,
        Map<Long, Community> communities,
        Map<MemberKey, Member> members,
        Map<Long, Channel> channels,
        Map<Long, Role> roles,
        Map<String, Invite> invites,
        Map<Long, Message> messages,
        Map<VersionKey, MessageVersion> versions,
        Map<ReactionKey, Reaction> reactions,
        Map<Long, Conversation> conversations,
        Map<ParticipantKey, Participant> participants,
        Map<ReadStateKey, ReadState> readStates,
        Map<Long, Settings> settings,
        NavigableMap<Long, LoggedEvent> events,
        Map<Long, Instant> lastSeen,
        Map<String, ResumeRecord> resumeRecords,
        Map<String, String> signingKeys) {

    /** The key of {@link #members()}. */
    record MemberKey(long communityId, long userId) {
        static MemberKey of(Member member) {
            return new MemberKey(member.communityId(), member.userId());
        }
    }

    /** The key of {@link #versions()}. */
    record VersionKey(long messageId, int version) {
        static VersionKey of(MessageVersion v) {
            return new VersionKey(v.messageId(), v.version());
        }
    }

    /** The key of {@link #reactions()}. */
    record ReactionKey(long messageId, long userId, String emoji) {
        static ReactionKey of(Reaction r) {
            return new ReactionKey(r.messageId(), r.userId(), r.emoji());
        }
    }

    /** The key of {@link #participants()}. */
    record ParticipantKey(long conversationId, long userId) {
        static ParticipantKey of(Participant p) {
            return new ParticipantKey(p.conversationId(), p.userId());
        }
    }

    /** The key of {@link #readStates()}. */
    record ReadStateKey(long userId, long channelId) {
        static ReadStateKey of(ReadState s) {
            return new ReadStateKey(s.userId(), s.channelId());
        }
    }

    /**
     * The rows whose key is among {@code keys}, in {@code order}, grouped by key: what a port's
     * "for each of these ids" read answers (keys without rows are not keys of the result).
     */
    static <T> Map<Long, List<T>> grouped(Collection<T> rows, Collection<Long> keys, Function<T, Long> key,
                                          Comparator<T> order) {
        Set<Long> wanted = Set.copyOf(keys);
        return rows.stream().filter(row -> wanted.contains(key.apply(row))).sorted(order)
                .collect(Collectors.groupingBy(key));
    }

    static MemoryState empty() {
        return new MemoryState(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
                new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
                new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
                new HashMap<>(), new TreeMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    /** A snapshot that a transaction may change without touching this state. */
    MemoryState copy() {
        return new MemoryState(new HashMap<>(users), new HashMap<>(sessions), new HashMap<>(refreshTokens),
                new HashMap<>(communities), new HashMap<>(members), new HashMap<>(channels),
                new HashMap<>(roles), new HashMap<>(invites), new HashMap<>(messages), new HashMap<>(versions),
                new HashMap<>(reactions), new HashMap<>(conversations), new HashMap<>(participants),
                new HashMap<>(readStates), new HashMap<>(settings), new TreeMap<>(events), new HashMap<>(lastSeen),
                new HashMap<>(resumeRecords), new HashMap<>(signingKeys));
    }

    /** A view of this state that throws {@link UnsupportedOperationException} on any change. */
    MemoryState readOnly() {
        return new MemoryState(Collections.unmodifiableMap(users), Collections.unmodifiableMap(sessions),
                Collections.unmodifiableMap(refreshTokens), Collections.unmodifiableMap(communities),
                Collections.unmodifiableMap(members), Collections.unmodifiableMap(channels),
                Collections.unmodifiableMap(roles), Collections.unmodifiableMap(invites),
                Collections.unmodifiableMap(messages), Collections.unmodifiableMap(versions),
                Collections.unmodifiableMap(reactions), Collections.unmodifiableMap(conversations),
                Collections.unmodifiableMap(participants), Collections.unmodifiableMap(readStates),
                Collections.unmodifiableMap(settings), Collections.unmodifiableNavigableMap(events),
                Collections.unmodifiableMap(lastSeen), Collections.unmodifiableMap(resumeRecords),
                Collections.unmodifiableMap(signingKeys));
    }
}
