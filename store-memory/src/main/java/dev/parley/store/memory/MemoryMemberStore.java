package dev.parley.store.memory;

import dev.parley.domain.community.Member;
import dev.parley.domain.user.User;
import dev.parley.store.StoreException;
import dev.parley.store.community.MemberStore;
import dev.parley.store.memory.MemoryState.MemberKey;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Memberships, keyed by community and user. */
final class MemoryMemberStore implements MemberStore {
    private final Map<MemberKey, Member> members;
    private final Map<Long, User> users;

    MemoryMemberStore(MemoryState state) {
        this.members = state.members();
        this.users = state.users();
    }

    @Override
    public void insert(Member member) {
        if (members.putIfAbsent(MemberKey.of(member), member) != null) {
            throw new StoreException.Conflict("member");
        }
    }

    @Override
    public Optional<Member> get(long communityId, long userId) {
        return Optional.ofNullable(members.get(new MemberKey(communityId, userId)));
    }

    @Override
    public List<Member> ofUser(long userId) {
        return members.values().stream()
                .filter(m -> m.userId() == userId)
                .sorted(Comparator.comparingLong(Member::communityId))
                .toList();
    }

    @Override
    public List<Member> page(long communityId, long afterUserId, int limit) {
        return members.values().stream()
                .filter(m -> m.communityId() == communityId && m.userId() > afterUserId)
                .sorted(Comparator.comparingLong(Member::userId))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Member> ofUsers(long communityId, Collection<Long> userIds) {
        return userIds.stream().distinct().sorted()
                .map(userId -> members.get(new MemberKey(communityId, userId)))
                .filter(Objects::nonNull)
                .toList();
    }

    @Override
    public List<Member> search(long communityId, String prefix, int limit) {
        String wanted = User.canonical(prefix);
        Comparator<Member> byUsername = Comparator.<Member, String>comparing(m -> username(m.userId()))
                .thenComparingLong(Member::userId);
        return members.values().stream()
                .filter(m -> m.communityId() == communityId)
                .filter(m -> username(m.userId()).startsWith(wanted)
                        || (m.nickname() != null && User.canonical(m.nickname()).startsWith(wanted)))
                .sorted(byUsername)
                .limit(Math.max(0, limit))
                .toList();
    }

    private String username(long userId) {
        User user = users.get(userId);
        return user == null ? "" : User.canonical(user.username());
    }

    /** Keeps the stored {@code joinedAt}. */
    @Override
    public void update(Member member) {
        Member stored = members.get(MemberKey.of(member));
        if (stored == null) {
            throw new StoreException.NotFound("member " + member.userId() + " of " + member.communityId());
        }
        members.put(MemberKey.of(member), stored.withNickname(member.nickname()).withRoles(member.roleIds()));
    }

    @Override
    public void delete(long communityId, long userId) {
        if (members.remove(new MemberKey(communityId, userId)) == null) {
            throw new StoreException.NotFound("member " + userId + " of " + communityId);
        }
    }

    @Override
    public int count(long communityId) {
        return (int) members.values().stream().filter(m -> m.communityId() == communityId).count();
    }

    @Override
    public Map<Long, Integer> counts(Collection<Long> communityIds) {
        Map<Long, Integer> counts = new HashMap<>();
        communityIds.forEach(id -> counts.put(id, count(id)));
        return counts;
    }
}
