package dev.parley.store.community;

import dev.parley.domain.community.Member;
import java.util.List;
import java.util.Optional;

/** Memberships of users in communities. */
public interface MemberStore {
    /** @throws dev.parley.store.StoreException.Conflict if already a member (key "member") */
    void insert(Member member);

    Optional<Member> get(long communityId, long userId);

    /** Members with user id greater than {@code afterUserId}, by user id, at most {@code limit}. */
    List<Member> page(long communityId, long afterUserId, int limit);

    /** Replaces nickname and roles. @throws dev.parley.store.StoreException.NotFound */
    void update(Member member);

    /** @throws dev.parley.store.StoreException.NotFound */
    void delete(long communityId, long userId);

    int count(long communityId);
}
