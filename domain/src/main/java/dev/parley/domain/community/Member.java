package dev.parley.domain.community;

import java.time.Instant;
import java.util.Set;

/**
 * A user's membership of a community. {@code roleIds} holds the roles assigned explicitly; the
 * {@code @everyone} role is implied and never listed.
 */
public record Member(long communityId, long userId, String nickname, Set<Long> roleIds, Instant joinedAt) {
    public Member {
        roleIds = Set.copyOf(roleIds);
    }

    public Member withNickname(String newNickname) {
        return new Member(communityId, userId, newNickname, roleIds, joinedAt);
    }

    public Member withRoles(Set<Long> newRoleIds) {
        return new Member(communityId, userId, nickname, newRoleIds, joinedAt);
    }
}
