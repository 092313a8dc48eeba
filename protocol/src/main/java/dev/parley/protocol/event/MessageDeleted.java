package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.Id;

/** A message was deleted; it stays as a tombstone at its seq. */
@JsonTypeName("message_deleted")
public record MessageDeleted(@Id long channelId, @Id long messageId, @Id long seq) implements Event {
}
