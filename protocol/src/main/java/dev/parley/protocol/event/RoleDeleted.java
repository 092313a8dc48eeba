package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.Id;

/** A role was deleted; members lose it and overwrites for it are gone. */
@JsonTypeName("role_deleted")
public record RoleDeleted(@Id long communityId, @Id long roleId) implements Event {
}
