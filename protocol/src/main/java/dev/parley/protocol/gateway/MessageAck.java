package dev.parley.protocol.gateway;

import dev.parley.protocol.message.MessageView;

/** MESSAGE_ACK (server → client): the message sent with {@code clientMsgId} is committed (or was, for a retry). */
public record MessageAck(String clientMsgId, MessageView message) {
}
