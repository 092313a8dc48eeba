package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.conversation.ConversationView;

/** A group was renamed, changed owner, or gained or lost a participant. */
@JsonTypeName("conversation_updated")
public record ConversationUpdated(ConversationView conversation) implements Event {
}
