package dev.parley.bus;

/**
 * Something other nodes should know now and nobody needs later: never stored, never replayed, lost
 * when the bus is down. Sent with {@link Bus#signal}; heard only by other nodes' listeners.
 */
public sealed interface Signal extends Notice permits TypingSignal, PresenceSignal {
}
