package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.Id;

/** A channel was deleted. */
@JsonTypeName("channel_deleted")
public record ChannelDeleted(@Id long communityId, @Id long channelId) implements Event {
}
