package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.community.RoleView;

/** A role changed. */
@JsonTypeName("role_updated")
public record RoleUpdated(RoleView role) implements Event {
}
