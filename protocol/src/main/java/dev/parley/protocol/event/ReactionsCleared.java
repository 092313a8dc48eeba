package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.Id;

/** A moderator removed all reactions of a message, or all with one emoji ({@code emoji} null: all). */
@JsonTypeName("reactions_cleared")
public record ReactionsCleared(@Id long channelId, @Id long messageId, String emoji) implements Event {
}
