package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.community.InviteView;

/** An invite was created. */
@JsonTypeName("invite_created")
public record InviteCreated(InviteView invite) implements Event {
}
