package dev.parley.protocol.gateway;

import dev.parley.protocol.Id;

/** TYPING_START (server → client): {@code userId} is typing in {@code channelId}; show it for 8 seconds. */
public record Typing(@Id long channelId, @Id long userId) {
}
