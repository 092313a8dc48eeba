package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.Id;

/** A community was deleted, or the receiver left or was removed from it. */
@JsonTypeName("community_deleted")
public record CommunityDeleted(@Id long communityId) implements Event {
}
