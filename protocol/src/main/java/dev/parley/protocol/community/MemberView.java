package dev.parley.protocol.community;

import dev.parley.protocol.Id;
import dev.parley.protocol.user.UserPublic;
import java.time.Instant;
import java.util.List;

/** A member of a community with their public user record; role ids exclude @everyone. */
public record MemberView(@Id long communityId, UserPublic user, String nickname, List<String> roleIds, Instant joinedAt) {
}
