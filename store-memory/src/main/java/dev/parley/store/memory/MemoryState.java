package dev.parley.store.memory;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.community.Community;
import dev.parley.domain.community.Member;
import dev.parley.domain.invite.Invite;
import dev.parley.domain.role.Role;
import dev.parley.domain.session.RefreshToken;
import dev.parley.domain.session.Session;
import dev.parley.domain.user.User;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

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
        Map<String, Invite> invites) {

    /** The key of {@link #members()}. */
    record MemberKey(long communityId, long userId) {
        static MemberKey of(Member member) {
            return new MemberKey(member.communityId(), member.userId());
        }
    }

    static MemoryState empty() {
        return new MemoryState(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
                new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    /** A snapshot that a transaction may change without touching this state. */
    MemoryState copy() {
        return new MemoryState(new HashMap<>(users), new HashMap<>(sessions), new HashMap<>(refreshTokens),
                new HashMap<>(communities), new HashMap<>(members), new HashMap<>(channels),
                new HashMap<>(roles), new HashMap<>(invites));
    }

    /** A view of this state that throws {@link UnsupportedOperationException} on any change. */
    MemoryState readOnly() {
        return new MemoryState(Collections.unmodifiableMap(users), Collections.unmodifiableMap(sessions),
                Collections.unmodifiableMap(refreshTokens), Collections.unmodifiableMap(communities),
                Collections.unmodifiableMap(members), Collections.unmodifiableMap(channels),
                Collections.unmodifiableMap(roles), Collections.unmodifiableMap(invites));
    }
}
