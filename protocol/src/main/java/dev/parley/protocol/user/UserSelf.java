package dev.parley.protocol.user;

import dev.parley.protocol.Id;
import java.time.Instant;

/** The caller's own account, with its private fields. */
public record UserSelf(
        @Id long id,
        String username,
        String displayName,
        String email,
        String bio,
        String pronouns,
        String customStatus,
        Integer accentColor,
        String avatar,
        boolean admin,
        Instant createdAt) {
}
