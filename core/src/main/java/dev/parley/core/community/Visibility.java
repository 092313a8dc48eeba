package dev.parley.core.community;

import dev.parley.bus.Audience;
import dev.parley.core.Mutations;
import dev.parley.core.Views;
import dev.parley.domain.channel.Channel;
import dev.parley.protocol.event.ChannelCreated;
import dev.parley.protocol.event.ChannelDeleted;
import dev.parley.store.Tx;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Live permissions (gateway.md §7): a change that alters which channels members can see tells
 * each of them. Take {@link #before} in the write transaction before changing anything, make the
 * change and emit its own event, then call {@link #announce}: per channel, in position order,
 * {@code ChannelDeleted} to the members who lost VIEW_CHANNEL and {@code ChannelCreated} to those
 * who gained it (each only when someone did). Members who are no longer members after the change
 * are not told here (leaving has its own events). Facts are loaded once per side.
 */
public final class Visibility {
    private final long communityId;
    private final Map<Long, Set<Long>> before;

    private Visibility(long communityId, Map<Long, Set<Long>> before) {
        this.communityId = communityId;
        this.before = before;
    }

    /** What every member of the community can see now. */
    public static Visibility before(Tx tx, long communityId) {
        return new Visibility(communityId, CommunityPermissions.load(tx, communityId)
                .map(facts -> facts.visibleToAll(tx)).orElse(Map.of()));
    }

    /** What these members can see now: for a change that concerns only them (their roles, ownership). */
    public static Visibility before(Tx tx, long communityId, Collection<Long> userIds) {
        return new Visibility(communityId, CommunityPermissions.load(tx, communityId)
                .map(facts -> facts.visibleTo(tx.members().ofUsers(communityId, userIds))).orElse(Map.of()));
    }

    /** Emits what changed since {@link #before}; call after the change and its own event. */
    public void announce(Mutations.Changes c) {
        Tx tx = c.tx();
        CommunityPermissions facts = CommunityPermissions.load(tx, communityId).orElse(null);
        if (facts == null || before.isEmpty()) {
            return;
        }
        Map<Long, Set<Long>> after = facts.visibleTo(tx.members().ofUsers(communityId, before.keySet()));
        Map<Long, Set<Long>> lost = new HashMap<>();
        Map<Long, Set<Long>> gained = new HashMap<>();
        after.forEach((userId, now) -> {
            Set<Long> then = before.get(userId);
            then.stream().filter(ch -> !now.contains(ch)).forEach(ch -> lost.computeIfAbsent(ch, k -> new LinkedHashSet<>()).add(userId));
            now.stream().filter(ch -> !then.contains(ch)).forEach(ch -> gained.computeIfAbsent(ch, k -> new LinkedHashSet<>()).add(userId));
        });
        Set<Long> order = new LinkedHashSet<>();
        facts.channels().forEach(ch -> order.add(ch.id()));
        lost.keySet().stream().sorted().forEach(order::add); // channels gone with the change, if any
        for (long channelId : order) {
            Set<Long> hidden = lost.get(channelId);
            if (hidden != null) {
                c.emit(new Audience.Users(hidden), new ChannelDeleted(communityId, channelId));
            }
            Set<Long> shown = gained.get(channelId);
            if (shown != null) {
                Channel channel = facts.channel(channelId).orElseThrow();
                c.emit(new Audience.Users(shown), new ChannelCreated(Views.channel(channel)));
            }
        }
    }
}
