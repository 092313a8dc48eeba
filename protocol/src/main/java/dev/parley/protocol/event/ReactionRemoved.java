package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.Id;

/** A user's reaction was removed. */
@JsonTypeName("reaction_removed")
public record ReactionRemoved(@Id long channelId, @Id long messageId, @Id long userId, String emoji) implements Event {
}
