package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.message.MessageView;

/** A message was sent. */
@JsonTypeName("message_created")
public record MessageCreated(MessageView message) implements Event {
}
