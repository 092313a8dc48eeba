package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.Id;

/** An invite was revoked. */
@JsonTypeName("invite_deleted")
public record InviteDeleted(@Id long communityId, String code) implements Event {
}
