package dev.parley.protocol.community;

import dev.parley.protocol.Id;

/** A role; {@code permissions} is a decimal bit field; {@code everyone} marks the @everyone role. */
public record RoleView(@Id long id, @Id long communityId, String name, int color, int position, @Id long permissions, boolean everyone) {
}
