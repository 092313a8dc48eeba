package dev.parley.protocol.community;

import dev.parley.protocol.Id;

/** Hands the community to another member. */
public record TransferOwnershipRequest(@Id Long newOwnerId) {
}
