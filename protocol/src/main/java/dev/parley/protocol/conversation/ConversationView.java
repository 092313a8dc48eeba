package dev.parley.protocol.conversation;

import dev.parley.protocol.Id;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.user.UserPublic;
import java.time.Instant;
import java.util.List;

/** A DM or group chat as a participant sees it, with its last message and the caller's unread count. */
public record ConversationView(
        @Id long id,
        String kind,
        String name,
        @Id Long ownerId,
        List<UserPublic> participants,
        MessageView lastMessage,
        int unreadCount,
        int mentionCount,
        Instant createdAt,
        Instant lastActivityAt) {
}
