package dev.parley.bus;

/**
 * A user started typing in a channel ({@code communityId} 0 for a DM or group), already checked and
 * throttled by the node the user is connected to; other nodes relay it to their viewers of the channel.
 */
public record TypingSignal(long userId, long channelId, long communityId) implements Signal {
}
