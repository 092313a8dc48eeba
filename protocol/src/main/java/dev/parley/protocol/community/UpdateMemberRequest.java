package dev.parley.protocol.community;

import java.util.List;

/** Sets a member's nickname, or clears it with {@code clear: ["nickname"]}. */
public record UpdateMemberRequest(String nickname, List<String> clear) {
}
