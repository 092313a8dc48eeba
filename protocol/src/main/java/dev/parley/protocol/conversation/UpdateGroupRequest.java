package dev.parley.protocol.conversation;

import java.util.List;

/** Renames a group (owner only); {@code clear: ["name"]} removes the name. */
public record UpdateGroupRequest(String name, List<String> clear) {
}
