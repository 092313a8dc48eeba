package dev.parley.protocol.gateway;

import dev.parley.protocol.Id;

/** TYPING_START (client → server): the user is typing in a channel, DM or group. Never stored. */
public record TypingStart(@Id Long channelId) {
}
