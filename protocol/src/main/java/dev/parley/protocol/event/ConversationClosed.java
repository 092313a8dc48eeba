package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.Id;

/** The receiver left or was removed from a group, or it closed as its last participant left. */
@JsonTypeName("conversation_closed")
public record ConversationClosed(@Id long conversationId) implements Event {
}
