package dev.parley.protocol.gateway;

import dev.parley.protocol.Id;
import dev.parley.protocol.community.MemberView;
import java.util.List;

/**
 * MEMBERS_CHUNK (server → client): the answer to one REQUEST_MEMBERS. {@code notFound} lists
 * requested ids that are not members; {@code next} continues a page (null at the end).
 */
public record MembersChunk(
        @Id long communityId,
        List<MemberView> members,
        List<Presence> presences,
        List<String> notFound,
        @Id Long next,
        String nonce) {
}
