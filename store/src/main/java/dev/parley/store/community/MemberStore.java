package dev.parley.store.community;

import dev.parley.domain.community.Member;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Memberships of users in communities. */
public interface MemberStore {
    /** @throws dev.parley.store.StoreException.Conflict if already a member (key "member") */
    void insert(Member member);

    Optional<Member> get(long communityId, long userId);

    /** The user's member records in every community they belong to, by community id. */
    List<Member> ofUser(long userId);

    /** Members with user id greater than {@code afterUserId}, by user id, at most {@code limit}. */
    List<Member> page(long communityId, long afterUserId, int limit);

    /** The members among {@code userIds}, by user id; ids of non-members are left out, duplicates count once. */
    List<Member> ofUsers(long communityId, Collection<Long> userIds);

    /**
     * Members whose username or nickname starts with {@code prefix}, both compared in
     * {@link dev.parley.domain.user.User#canonical} form (case-insensitively), ordered by canonical
     * username then user id, at most {@code limit}. An empty prefix matches every member.
     */
    List<Member> search(long communityId, String prefix, int limit);

    /** Replaces nickname and roles. @throws dev.parley.store.StoreException.NotFound */
    void update(Member member);

    /** @throws dev.parley.store.StoreException.NotFound */
    void delete(long communityId, long userId);

    int count(long communityId);

    /** {@link #count} of each of {@code communityIds}: every id given is a key, 0 for an unknown community. */
    Map<Long, Integer> counts(Collection<Long> communityIds);
}
