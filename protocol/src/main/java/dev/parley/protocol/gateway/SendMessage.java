package dev.parley.protocol.gateway;

import dev.parley.protocol.Id;

/**
 * SEND_MESSAGE (client → server): posts a message exactly as {@code POST /channels/{id}/messages}
 * does (same validation, permissions, limits and {@code clientMsgId} idempotency). Answered by
 * MESSAGE_ACK after commit, or by an ERROR frame whose nonce is the {@code clientMsgId}.
 */
public record SendMessage(@Id Long channelId, String content, String clientMsgId, @Id Long replyToId) {
}
