package dev.parley.protocol.message;

import dev.parley.protocol.Id;

/** Sends a message. {@code clientMsgId} (1 to 64 of letters, digits, '-' and '_') is the
 * author's idempotency key: a retry with the same id and body returns the original message; the same
 * id with another body answers 409 client_msg_id_reused. */
public record SendMessageRequest(String content, String clientMsgId, @Id Long replyToId) {
}
