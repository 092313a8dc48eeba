package dev.parley.core.community;

import dev.parley.domain.community.Community;
import dev.parley.domain.community.Member;
import dev.parley.store.Tx;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One of a user's communities with what READY and the read states need about it: the community,
 * the user's member record there and the community's permission facts.
 */
public record JoinedCommunity(Community community, Member member, CommunityPermissions facts) {
    /**
     * The user's communities, by id, as {@code tx} sees them. Five reads (communities, member
     * records, their roles, the communities' roles and channels), however many communities.
     */
    public static List<JoinedCommunity> ofUser(Tx tx, long userId) {
        List<Community> communities = tx.communities().ofMember(userId);
        if (communities.isEmpty()) {
            return List.of();
        }
        Map<Long, Member> members = tx.members().ofUser(userId).stream()
                .collect(Collectors.toMap(Member::communityId, Function.identity()));
        Map<Long, CommunityPermissions> facts = CommunityPermissions.loadAll(tx, communities);
        List<JoinedCommunity> joined = new ArrayList<>();
        for (Community community : communities) {
            Member member = members.get(community.id());
            if (member != null) {
                joined.add(new JoinedCommunity(community, member, facts.get(community.id())));
            }
        }
        return joined;
    }

    public long id() {
        return community.id();
    }
}
