package dev.parley.protocol.community;

/** Deleting needs the community's exact name as confirmation. */
public record DeleteCommunityRequest(String confirmName) {
}
