package dev.parley.protocol.community;

import dev.parley.protocol.Id;
import dev.parley.protocol.user.UserPublic;
import java.time.Instant;

/** What anyone holding an invite code may see before joining. */
public record InvitePreview(String code, @Id long communityId, String communityName, String communityDescription, int memberCount, UserPublic inviter, Instant expiresAt) {
}
