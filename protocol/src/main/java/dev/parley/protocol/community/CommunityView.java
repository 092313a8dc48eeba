package dev.parley.protocol.community;

import dev.parley.protocol.Id;
import java.time.Instant;

/** A community as its members see it. */
public record CommunityView(@Id long id, String name, String description, @Id long ownerId, int memberCount, Instant createdAt) {
}
