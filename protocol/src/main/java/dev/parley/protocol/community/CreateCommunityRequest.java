package dev.parley.protocol.community;

/** Creates a community owned by the caller. */
public record CreateCommunityRequest(String name, String description) {
}
