package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.message.MessageView;

/** A message was edited, pinned or unpinned. */
@JsonTypeName("message_updated")
public record MessageUpdated(MessageView message) implements Event {
}
