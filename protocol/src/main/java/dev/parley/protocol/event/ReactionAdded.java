package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.Id;

/** A user reacted to a message. */
@JsonTypeName("reaction_added")
public record ReactionAdded(@Id long channelId, @Id long messageId, @Id long userId, String emoji) implements Event {
}
