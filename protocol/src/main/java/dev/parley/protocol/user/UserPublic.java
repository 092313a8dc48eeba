package dev.parley.protocol.user;

import dev.parley.protocol.Id;
import java.time.Instant;

/** What anyone may see of a user. Deleted accounts show {@code deleted: true}. */
public record UserPublic(
        @Id long id,
        String username,
        String displayName,
        String bio,
        String pronouns,
        String customStatus,
        Integer accentColor,
        String avatar,
        boolean deleted,
        Instant createdAt) {
}
