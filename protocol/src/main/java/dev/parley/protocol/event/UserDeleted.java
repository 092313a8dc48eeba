package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.Id;

/** An account was deleted; its messages stay, shown as from a deleted user. */
@JsonTypeName("user_deleted")
public record UserDeleted(@Id long userId) implements Event {
}
