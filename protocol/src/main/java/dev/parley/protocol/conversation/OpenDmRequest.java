package dev.parley.protocol.conversation;

import dev.parley.protocol.Id;

/** Opens (or returns) the DM with a user. */
public record OpenDmRequest(@Id Long userId) {
}
