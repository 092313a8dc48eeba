package dev.parley.core.delivery;

import dev.parley.core.Views;
import dev.parley.core.community.CommunityPermissions;
import dev.parley.domain.role.Role;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.RoleView;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What READY shows alike to every member of a community, built once per version of its facts and
 * shared by the snapshots of all its members (kept in a {@link dev.parley.core.FactsCache}): the
 * community's permission facts, its view with the member count, every channel's view and the
 * roles' views in READY's order. Immutable apart from the permission facts' thread-safe memo.
 */
record KeptCommunity(CommunityPermissions facts, int memberCount, CommunityView view,
                     Map<Long, ChannelView> channels, List<RoleView> roles) {

    static KeptCommunity of(CommunityPermissions facts, int memberCount) {
        Map<Long, ChannelView> channels = new LinkedHashMap<>();
        facts.channels().forEach(ch -> channels.put(ch.id(), Views.channel(ch)));
        List<RoleView> roles = facts.roles().values().stream()
                .sorted(Comparator.comparingInt(Role::position).thenComparingLong(Role::id))
                .map(Views::role).toList();
        return new KeptCommunity(facts, memberCount, Views.community(facts.community(), memberCount),
                Collections.unmodifiableMap(channels), roles);
    }

    /** The views of the channels among {@code visible}, in the community's channel order. */
    List<ChannelView> channelsAmong(Set<Long> visible) {
        return channels.entrySet().stream().filter(e -> visible.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }
}
