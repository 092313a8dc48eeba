package dev.parley.protocol.conversation;

import dev.parley.protocol.Id;

/** Adds a user to a group (owner only). */
public record AddParticipantRequest(@Id Long userId) {
}
