package dev.parley.protocol.community;

import dev.parley.protocol.Id;
import java.time.Instant;

/** An invite as the community sees it. */
public record InviteView(String code, @Id long communityId, @Id long inviterId, Instant createdAt, Instant expiresAt, int maxUses, int uses) {
}
