package dev.parley.gateway;

import dev.parley.bus.Audience;
import dev.parley.protocol.event.ChannelCreated;
import dev.parley.protocol.event.ChannelDeleted;
import dev.parley.protocol.event.ChannelUpdated;
import dev.parley.protocol.event.CommunityCreated;
import dev.parley.protocol.event.CommunityDeleted;
import dev.parley.protocol.event.ConversationClosed;
import dev.parley.protocol.event.ConversationCreated;
import dev.parley.protocol.event.ConversationUpdated;
import dev.parley.protocol.event.Event;
import dev.parley.protocol.event.MemberJoined;
import dev.parley.protocol.event.MemberLeft;
import dev.parley.protocol.event.MemberUpdated;
import dev.parley.protocol.event.RoleCreated;
import dev.parley.protocol.event.RoleDeleted;
import dev.parley.protocol.event.RoleUpdated;
import dev.parley.protocol.user.UserPublic;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who is subscribed to what, for users with at least one session on this node: their communities,
 * their conversations, and per community which channels each of them may view. Owned by the
 * {@link Hub} thread. Channel viewers are computed from facts the core loads, and dropped
 * whenever an event may change them (roles, overwrites, members), so that an audience is always
 * resolved with the permissions of the moment it is delivered.
 */
final class Subscriptions {
    private final GatewayFacts facts;
    private final Map<Long, Set<Long>> communitiesOfUser = new HashMap<>();
    private final Map<Long, Set<Long>> conversationsOfUser = new HashMap<>();
    private final Map<Long, Set<Long>> membersOfCommunity = new HashMap<>();
    private final Map<Long, Set<Long>> participantsOfConversation = new HashMap<>();
    /** Community id → channel id → viewers; absent when it must be recomputed. */
    private final Map<Long, Map<Long, Set<Long>>> viewers = new HashMap<>();
    /**
     * Communities that are {@code large} (gateway.md §4): their members' presences are not pushed
     * to each other. As the latest READY snapshot of one of their members said.
     */
    private final Set<Long> large = new HashSet<>();

    Subscriptions(GatewayFacts facts) {
        this.facts = facts;
    }

    boolean present(long userId) {
        return communitiesOfUser.containsKey(userId);
    }

    /** Subscribes a user (their first session on this node) with memberships read by the caller. */
    void add(long userId, GatewayFacts.Memberships memberships) {
        communitiesOfUser.put(userId, new HashSet<>());
        conversationsOfUser.put(userId, new HashSet<>());
        memberships.communityIds().forEach(c -> join(c, userId));
        memberships.conversations().forEach((conversation, participants) -> participants.forEach(p -> {
            if (p == userId || present(p)) {
                enter(conversation, p);
            }
        }));
    }

    /** Unsubscribes a user whose last session ended. */
    void remove(long userId) {
        for (long c : Set.copyOf(communitiesOfUser.getOrDefault(userId, Set.of()))) {
            leaveQuietly(c, userId);
        }
        for (long conversation : conversationsOfUser.getOrDefault(userId, Set.of())) {
            Set<Long> participants = participantsOfConversation.get(conversation);
            if (participants != null && participants.remove(userId) && participants.isEmpty()) {
                participantsOfConversation.remove(conversation);
            }
        }
        communitiesOfUser.remove(userId);
        conversationsOfUser.remove(userId);
    }

    /** The present users an audience names, resolved now. */
    Set<Long> resolve(Audience audience) {
        return switch (audience) {
            case Audience.Community c -> Set.copyOf(membersOfCommunity.getOrDefault(c.communityId(), Set.of()));
            case Audience.Channel c -> viewersOf(c.communityId(), c.channelId());
            case Audience.Users u -> {
                Set<Long> present = new HashSet<>();
                u.userIds().forEach(id -> {
                    if (present(id)) {
                        present.add(id);
                    }
                });
                yield present;
            }
            case Audience.PeersOf p -> peersOf(p.userId());
        };
    }

    /** Records what a fresh READY snapshot said of a community's size. */
    void largeness(long communityId, boolean isLarge) {
        if (isLarge) {
            large.add(communityId);
        } else {
            large.remove(communityId);
        }
    }

    /** The user and every present user who shares a community or conversation with them. */
    Set<Long> peersOf(long userId) {
        return peersOf(userId, true);
    }

    /**
     * The user and every present user whose presence they see without asking: those who share a
     * conversation or a community that is not large with them (gateway.md §11).
     */
    Set<Long> presencePeersOf(long userId) {
        return peersOf(userId, false);
    }

    private Set<Long> peersOf(long userId, boolean viaLarge) {
        Set<Long> communities = communitiesOfUser.get(userId);
        Set<Long> conversations = conversationsOfUser.get(userId);
        if (communities == null) {
            GatewayFacts.Memberships memberships = facts.memberships(userId);
            communities = memberships.communityIds();
            conversations = memberships.conversations().keySet();
        }
        Set<Long> peers = new HashSet<>();
        if (present(userId)) {
            peers.add(userId);
        }
        for (long c : communities) {
            if (viaLarge || !large.contains(c)) {
                peers.addAll(membersOfCommunity.getOrDefault(c, Set.of()));
            }
        }
        conversations.forEach(c -> peers.addAll(participantsOfConversation.getOrDefault(c, Set.of())));
        return peers;
    }

    Set<Long> viewersOf(long communityId, long channelId) {
        Set<Long> members = membersOfCommunity.get(communityId);
        if (members == null || members.isEmpty()) {
            return Set.of();
        }
        Map<Long, Set<Long>> byChannel = viewers.computeIfAbsent(communityId, c -> {
            Map<Long, Set<Long>> computed = new HashMap<>();
            facts.visibleChannels(c, Set.copyOf(members)).forEach((user, channels) ->
                    channels.forEach(ch -> computed.computeIfAbsent(ch, x -> new HashSet<>()).add(user)));
            return computed;
        });
        return byChannel.getOrDefault(channelId, Set.of());
    }

    Set<Long> participants(long conversationId) {
        return participantsOfConversation.getOrDefault(conversationId, Set.of());
    }

    /** Subscription changes an event brings that its own audience must already see. */
    void before(Event event) {
        switch (event) {
            case MemberJoined e -> joinIfPresent(e.member().communityId(), e.member().user().id());
            case CommunityCreated e -> invalidate(e.community().id());
            case MemberLeft e -> leaveQuietly(e.communityId(), e.userId());
            case ConversationCreated e -> participantsChanged(e.conversation().id(), e.conversation().participants());
            case ConversationUpdated e -> participantsChanged(e.conversation().id(), e.conversation().participants());
            case RoleCreated e -> invalidate(e.role().communityId());
            case RoleUpdated e -> invalidate(e.role().communityId());
            case RoleDeleted e -> invalidate(e.communityId());
            case MemberUpdated e -> invalidate(e.member().communityId());
            case ChannelCreated e -> invalidate(e.channel().communityId());
            case ChannelUpdated e -> invalidate(e.channel().communityId());
            default -> { }
        }
    }

    /** Subscription changes that take effect once the event itself was delivered. */
    void after(Event event, Audience audience) {
        switch (event) {
            case CommunityCreated e when audience instanceof Audience.Users u ->
                    u.userIds().forEach(user -> joinIfPresent(e.community().id(), user));
            case CommunityDeleted e when audience instanceof Audience.Users u ->
                    u.userIds().forEach(user -> leaveQuietly(e.communityId(), user));
            case CommunityDeleted e -> {
                large.remove(e.communityId());
                Set<Long> members = membersOfCommunity.remove(e.communityId());
                if (members != null) {
                    members.forEach(user -> communitiesOfUser.getOrDefault(user, new HashSet<>()).remove(e.communityId()));
                }
                viewers.remove(e.communityId());
            }
            case ConversationClosed e when audience instanceof Audience.Users u -> u.userIds().forEach(user -> {
                participantsOfConversation.getOrDefault(e.conversationId(), new HashSet<>()).remove(user);
                conversationsOfUser.getOrDefault(user, new HashSet<>()).remove(e.conversationId());
            });
            case ChannelDeleted e -> invalidate(e.communityId());
            default -> { }
        }
    }

    private void joinIfPresent(long communityId, long userId) {
        if (present(userId)) {
            join(communityId, userId);
        }
    }

    private void join(long communityId, long userId) {
        communitiesOfUser.get(userId).add(communityId);
        membersOfCommunity.computeIfAbsent(communityId, c -> new HashSet<>()).add(userId);
        invalidate(communityId);
    }

    private void leaveQuietly(long communityId, long userId) {
        Set<Long> members = membersOfCommunity.get(communityId);
        if (members != null && members.remove(userId)) {
            if (members.isEmpty()) {
                membersOfCommunity.remove(communityId);
            }
            invalidate(communityId);
        }
        Set<Long> communities = communitiesOfUser.get(userId);
        if (communities != null) {
            communities.remove(communityId);
        }
    }

    private void enter(long conversationId, long userId) {
        participantsOfConversation.computeIfAbsent(conversationId, c -> new HashSet<>()).add(userId);
        conversationsOfUser.get(userId).add(conversationId);
    }

    private void participantsChanged(long conversationId, java.util.List<UserPublic> participants) {
        Set<Long> now = new HashSet<>();
        participants.forEach(p -> now.add(p.id()));
        for (long user : Set.copyOf(participantsOfConversation.getOrDefault(conversationId, Set.of()))) {
            if (!now.contains(user)) {
                participantsOfConversation.get(conversationId).remove(user);
                conversationsOfUser.getOrDefault(user, new HashSet<>()).remove(conversationId);
            }
        }
        now.forEach(user -> {
            if (present(user)) {
                enter(conversationId, user);
            }
        });
    }

    private void invalidate(long communityId) {
        viewers.remove(communityId);
    }
}
