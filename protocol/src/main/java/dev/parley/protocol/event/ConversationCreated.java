package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.conversation.ConversationView;

/** The receiver was put in a new DM or group, or added to a group. */
@JsonTypeName("conversation_created")
public record ConversationCreated(ConversationView conversation) implements Event {
}
