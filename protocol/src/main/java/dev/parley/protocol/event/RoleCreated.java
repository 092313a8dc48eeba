package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.community.RoleView;

/** A role was created. */
@JsonTypeName("role_created")
public record RoleCreated(RoleView role) implements Event {
}
