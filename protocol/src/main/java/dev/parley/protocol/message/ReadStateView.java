package dev.parley.protocol.message;

import dev.parley.protocol.Id;

/** How far the caller has read a channel, with the server's unread and mention counts. */
public record ReadStateView(@Id long channelId, @Id long lastReadMessageId, @Id long readSeq, @Id long lastSeq, int unreadCount, int mentionCount) {
}
