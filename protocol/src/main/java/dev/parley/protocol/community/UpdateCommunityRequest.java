package dev.parley.protocol.community;

import java.util.List;

/** Changes the fields given; {@code clear} may name {@code description}. */
public record UpdateCommunityRequest(String name, String description, List<String> clear) {
}
