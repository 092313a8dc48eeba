package dev.parley.protocol.gateway;

import dev.parley.protocol.Id;
import java.util.List;

/**
 * REQUEST_MEMBERS (client → server): members of a community the caller belongs to, in exactly one
 * mode: {@code userIds} (up to 100), a {@code query} (prefix of username or nickname, {@code limit}
 * up to 100), or neither: a page after user id {@code after} ({@code limit} up to 1,000).
 * {@code presences} asks for their presence too (and follows it in large communities);
 * {@code nonce} is echoed in the answer.
 */
public record RequestMembers(
        @Id Long communityId,
        List<String> userIds,
        String query,
        @Id Long after,
        Integer limit,
        Boolean presences,
        String nonce) {
}
