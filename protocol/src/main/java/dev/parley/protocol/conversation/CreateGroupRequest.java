package dev.parley.protocol.conversation;

import java.util.List;

/** Creates a group chat with the caller as owner and the given users as participants. */
public record CreateGroupRequest(String name, List<String> userIds) {
}
