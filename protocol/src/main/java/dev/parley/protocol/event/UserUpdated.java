package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.user.UserPublic;

/** A user changed their profile. */
@JsonTypeName("user_updated")
public record UserUpdated(UserPublic user) implements Event {
}
