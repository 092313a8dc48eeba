package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.community.ChannelView;

/** A channel was created. */
@JsonTypeName("channel_created")
public record ChannelCreated(ChannelView channel) implements Event {
}
