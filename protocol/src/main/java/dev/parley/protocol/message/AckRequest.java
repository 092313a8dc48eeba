package dev.parley.protocol.message;

import dev.parley.protocol.Id;

/** Marks a message (and everything before it) read, or, for {@code /delivered}, delivered. */
public record AckRequest(@Id Long messageId) {
}
