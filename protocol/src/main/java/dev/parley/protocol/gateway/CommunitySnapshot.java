package dev.parley.protocol.gateway;

import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.MemberView;
import dev.parley.protocol.community.RoleView;
import java.util.List;

/**
 * One community in READY: the community, the channels the user can see, all its roles, the
 * user's own member record, and whether it is {@code large} (presences load lazily).
 */
public record CommunitySnapshot(
        CommunityView community,
        List<ChannelView> channels,
        List<RoleView> roles,
        MemberView member,
        boolean large) {
}
