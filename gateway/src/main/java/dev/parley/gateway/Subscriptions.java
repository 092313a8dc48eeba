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
 * Who is subscribed to what, for the users of one hub shard with at least one session on this
 * node: their communities, their conversations, and per community which channels each of them may
 * view. Owned by the {@link Shard}'s thread; every membership change is mirrored into the node's
 * {@link PresenceDirectory}, which other shards read for presence. Channel viewers are computed from facts the core loads, and dropped
 * whenever an event may change them (roles, overwrites, members), so that an audience is always
 * resolved with the permissions of the moment it is delivered.
 */
final class Subscriptions {
    private final GatewayFacts facts;
    private final PresenceDirectory directory;
    private final Map<Long, Set<Long>> communitiesOfUser = new HashMap<>();
    private final Map<Long, Set<Long>> conversationsOfUser = new HashMap<>();
    private final Map<Long, Set<Long>> membersOfCommunity = new HashMap<>();
    private final Map<Long, Set<Long>> participantsOfConversation = new HashMap<>();
    /** Community id → channel id → viewers; absent when it must be recomputed. */
    private final Map<Long, Map<Long, Set<Long>>> viewers = new HashMap<>();

    Subscriptions(GatewayFacts facts, PresenceDirectory directory) {
        this.facts = facts;
        this.directory = directory;
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
            directory.exited(conversation, userId);
        }
        communitiesOfUser.remove(userId);
        conversationsOfUser.remove(userId);
    }

    /** The present users of this shard an event's audience names, resolved now. */
    Set<Long> resolve(LogEvent event) {
        return switch (event.audience()) {
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
            case Audience.PeersOf p -> peersOf(p.userId(), event);
        };
    }

    /**
     * The user (when present here) and every present user of this shard who shares a community
     * or conversation with them. The memberships of a user of another shard are read from the
     * store, once per event ({@link LogEvent#peersMemberships}); this shard's own users' are exact.
     */
    private Set<Long> peersOf(long userId, LogEvent event) {
        Set<Long> communities = communitiesOfUser.get(userId);
        Set<Long> conversations = conversationsOfUser.get(userId);
        if (communities == null) {
            GatewayFacts.Memberships memberships = event.peersMemberships(facts, userId);
            communities = memberships.communityIds();
            conversations = memberships.conversations().keySet();
        }
        Set<Long> peers = new HashSet<>();
        if (present(userId)) {
            peers.add(userId);
        }
        for (long c : communities) {
            peers.addAll(membersOfCommunity.getOrDefault(c, Set.of()));
        }
        conversations.forEach(c -> peers.addAll(participantsOfConversation.getOrDefault(c, Set.of())));
        return peers;
    }

    /**
     * A user's communities and conversation ids (participants left out): this shard's view while
     * the user is present here, else read from the store.
     */
    GatewayFacts.Memberships membershipsOf(long userId) {
        Set<Long> communities = communitiesOfUser.get(userId);
        if (communities == null) {
            return facts.memberships(userId);
        }
        Map<Long, Set<Long>> conversations = new HashMap<>();
        conversationsOfUser.get(userId).forEach(c -> conversations.put(c, Set.of()));
        return new GatewayFacts.Memberships(communities, conversations);
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
                directory.largeness(e.communityId(), false);
                Set<Long> members = membersOfCommunity.remove(e.communityId());
                if (members != null) {
                    members.forEach(user -> {
                        communitiesOfUser.getOrDefault(user, new HashSet<>()).remove(e.communityId());
                        directory.left(e.communityId(), user);
                    });
                }
                viewers.remove(e.communityId());
            }
            case ConversationClosed e when audience instanceof Audience.Users u -> u.userIds().forEach(user -> {
                if (present(user)) {
                    exit(e.conversationId(), user);
                }
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
        Long user = userId; // one box, shared by the maps below
        communitiesOfUser.get(user).add(communityId);
        membersOfCommunity.computeIfAbsent(communityId, c -> new HashSet<>()).add(user);
        directory.joined(communityId, user);
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
            directory.left(communityId, userId);
        }
    }

    private void enter(long conversationId, long userId) {
        Long user = userId;
        participantsOfConversation.computeIfAbsent(conversationId, c -> new HashSet<>()).add(user);
        conversationsOfUser.get(user).add(conversationId);
        directory.entered(conversationId, user);
    }

    private void exit(long conversationId, long userId) {
        Set<Long> participants = participantsOfConversation.get(conversationId);
        if (participants != null && participants.remove(userId) && participants.isEmpty()) {
            participantsOfConversation.remove(conversationId);
        }
        conversationsOfUser.getOrDefault(userId, new HashSet<>()).remove(conversationId);
        directory.exited(conversationId, userId);
    }

    private void participantsChanged(long conversationId, java.util.List<UserPublic> participants) {
        Set<Long> now = new HashSet<>();
        participants.forEach(p -> now.add(p.id()));
        for (long user : Set.copyOf(participantsOfConversation.getOrDefault(conversationId, Set.of()))) {
            if (!now.contains(user)) {
                exit(conversationId, user);
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
