package dev.parley.domain.invite;

import java.time.Instant;

/**
 * An invitation into a community. {@code expiresAt} null means it never expires; {@code maxUses}
 * 0 means unlimited uses.
 */
public record Invite(String code, long communityId, long inviterId, Instant createdAt, Instant expiresAt, int maxUses, int uses) {
    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public boolean usedUp() {
        return maxUses > 0 && uses >= maxUses;
    }
}
