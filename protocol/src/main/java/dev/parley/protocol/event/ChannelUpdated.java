package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.community.ChannelView;

/** A channel changed (name, topic, position, category, settings or overwrites). */
@JsonTypeName("channel_updated")
public record ChannelUpdated(ChannelView channel) implements Event {
}
