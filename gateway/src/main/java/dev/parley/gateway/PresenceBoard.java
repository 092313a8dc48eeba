package dev.parley.gateway;

import dev.parley.core.json.Json;
import dev.parley.protocol.gateway.Envelope;
import dev.parley.protocol.gateway.GatewayLimits;
import dev.parley.protocol.gateway.Op;
import dev.parley.protocol.gateway.Presence;
import dev.parley.protocol.gateway.PresenceUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

/**
 * Presence of one hub shard's users (gateway.md §11), owned by the shard's thread: each user's
 * chosen status and each of their connections' idleness, merged into what peers see. A user's
 * devices are all on the user's shard, so the merge is local. A change of the merged status is
 * encoded once and handed to every shard ({@link Spread}), each of which sends PRESENCE_UPDATE to
 * its present peers of the user and its connections following them; a user's own devices see
 * their chosen status. Peers and other users' statuses are read from the node's
 * {@link PresenceDirectory}. Going offline is announced only after a grace period, so a quick
 * resume does not flicker.
 *
 * <p>Members of {@code large} communities do not push presence to each other: a connection
 * follows such users by asking (REQUEST_MEMBERS with {@code presences: true}), at most
 * {@link GatewayLimits#PRESENCE_SUBSCRIPTIONS_MAX} per connection, the oldest dropped first; the
 * follows end with the connection.
 *
 * <p>Last seen: when a user's merged presence turns from visible to offline, the moment they
 * were last visible (the end of their last connection, or the switch to invisible) goes out with
 * the offline PRESENCE_UPDATE and to {@code lastSeenSink}, which stores it off the hub thread.
 * READY lists offline DM and group peers with the stored time (or a newer one this node saw).
 */
final class PresenceBoard {
    private static final long OFFLINE_GRACE_MILLIS = GatewayLimits.PRESENCE_OFFLINE_GRACE_SECONDS * 1000L;

    /** One present user's presence: written by the owning shard only; {@link #announced} is read by any. */
    static final class State {
        String chosen = "online";
        final Map<Connection, Boolean> afk = new IdentityHashMap<>();
        volatile String announced = Presences.OFFLINE;
        long lastConnectionEndedMillis = -1;
    }

    /** Hands an announced change to every shard ({@link #deliver} on each), in announcement order per user. */
    interface Spread {
        void presenceChanged(long userId, byte[] frame, Set<Long> peers);
    }

    private final PresenceDirectory directory;
    private final Subscriptions subscriptions;
    private final Outbox outbox;
    private final LongFunction<List<Connection>> connectionsOf;
    private final Spread spread;
    /** This shard's users whose last connection ended, not yet announced offline. */
    private final Set<Long> endedUsers = new HashSet<>();
    /** Per connection, the users it follows by asking, oldest first. */
    private final Map<Connection, LinkedHashSet<Long>> follows = new IdentityHashMap<>();
    /** Per followed user, the connections following them. */
    private final Map<Long, Set<Connection>> followers = new HashMap<>();
    private final BiConsumer<Long, Instant> lastSeenSink;

    PresenceBoard(PresenceDirectory directory, Subscriptions subscriptions, Outbox outbox,
                  LongFunction<List<Connection>> connectionsOf, Spread spread, BiConsumer<Long, Instant> lastSeenSink) {
        this.directory = directory;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.connectionsOf = connectionsOf;
        this.spread = spread;
        this.lastSeenSink = lastSeenSink;
    }

    void connected(long userId, Connection connection, PresenceUpdate initial) {
        State state = directory.users.computeIfAbsent(userId, u -> new State());
        if (state.afk.isEmpty() && initial != null && initial.status() != null) {
            state.chosen = initial.status();
        }
        state.afk.put(connection, initial != null && Boolean.TRUE.equals(initial.afk()));
        state.lastConnectionEndedMillis = -1;
        endedUsers.remove(userId);
        announceIfChanged(userId, state, -1);
    }

    void disconnected(long userId, Connection connection, long now) {
        unfollowAll(connection);
        State state = directory.users.get(userId);
        if (state != null && state.afk.remove(connection) != null && state.afk.isEmpty()) {
            state.lastConnectionEndedMillis = now;
            endedUsers.add(userId);
        } else if (state != null) {
            announceIfChanged(userId, state, now);
        }
    }

    void update(long userId, Connection connection, PresenceUpdate update, long now) {
        State state = directory.users.get(userId);
        if (state == null || !state.afk.containsKey(connection)) {
            return;
        }
        if (update.status() != null) {
            state.chosen = update.status();
            byte[] own = frame(new Presence(userId, state.chosen, null));
            connectionsOf.apply(userId).forEach(c -> outbox.frame(c, own));
        }
        if (update.afk() != null) {
            state.afk.put(connection, update.afk());
        }
        announceIfChanged(userId, state, now);
    }

    /** The connection follows these users' presence from now on (REQUEST_MEMBERS {@code presences}). */
    void follow(Connection connection, Collection<Long> userIds) {
        LinkedHashSet<Long> followed = follows.computeIfAbsent(connection, c -> new LinkedHashSet<>());
        for (long user : userIds) {
            followed.remove(user); // re-asking makes it the newest
            followed.add(user);
            followers.computeIfAbsent(user, u -> Collections.newSetFromMap(new IdentityHashMap<>())).add(connection);
        }
        while (followed.size() > GatewayLimits.PRESENCE_SUBSCRIPTIONS_MAX) {
            long oldest = followed.removeFirst();
            unfollow(oldest, connection);
        }
    }

    private void unfollowAll(Connection connection) {
        Set<Long> followed = follows.remove(connection);
        if (followed != null) {
            followed.forEach(user -> unfollow(user, connection));
        }
    }

    private void unfollow(long user, Connection connection) {
        Set<Connection> of = followers.get(user);
        if (of != null && of.remove(connection) && of.isEmpty()) {
            followers.remove(user);
        }
    }

    /** Announces offline for users whose last connection ended more than the grace ago. */
    void sweep(long now) {
        for (long userId : List.copyOf(endedUsers)) {
            State state = directory.users.get(userId);
            if (state == null || !state.afk.isEmpty()) {
                endedUsers.remove(userId);
            } else if (now - state.lastConnectionEndedMillis >= OFFLINE_GRACE_MILLIS) {
                announceIfChanged(userId, state, state.lastConnectionEndedMillis);
                directory.users.remove(userId);
                endedUsers.remove(userId);
            }
        }
    }

    /**
     * READY and RESUMED: the user's own entry, every present peer that is not offline, and the
     * offline ones among {@code storedLastSeen} (their DM and group peers, with the stored
     * last-seen time) with the newest time known.
     */
    List<Presence> visibleTo(long userId, Map<Long, Instant> storedLastSeen) {
        List<Presence> out = new ArrayList<>();
        State own = directory.users.get(userId);
        out.add(new Presence(userId, own == null ? Presences.OFFLINE : own.chosen.equals("online")
                ? Presences.merged(own.chosen, own.afk.values()) : own.chosen, null));
        for (long peer : peersOf(userId)) {
            if (peer != userId) {
                String status = directory.announced(peer);
                if (!status.equals(Presences.OFFLINE)) {
                    out.add(new Presence(peer, status, null));
                }
            }
        }
        storedLastSeen.forEach((peer, stored) -> {
            if (peer != userId && directory.announced(peer).equals(Presences.OFFLINE)) {
                Instant recent = directory.recentlySeen(peer);
                out.add(new Presence(peer, Presences.OFFLINE, recent != null && recent.isAfter(stored) ? recent : stored));
            }
        });
        return out;
    }

    /** The merged presence of each of these users (for MEMBERS_CHUNK). */
    List<Presence> of(Collection<Long> userIds) {
        return userIds.stream().map(u -> new Presence(u, directory.announced(u), null)).toList();
    }

    /** The present users (on any shard) who see the user's presence without asking. */
    private Set<Long> peersOf(long userId) {
        GatewayFacts.Memberships memberships = subscriptions.membershipsOf(userId);
        return directory.peers(memberships.communityIds(), memberships.conversations().keySet());
    }

    /** {@code atMillis}: when the change happened, which is the last-seen time if it goes offline. */
    private void announceIfChanged(long userId, State state, long atMillis) {
        String now = Presences.merged(state.chosen, state.afk.values());
        if (now.equals(state.announced)) {
            return;
        }
        Instant lastSeen = null;
        if (now.equals(Presences.OFFLINE) && atMillis >= 0) {
            lastSeen = Instant.ofEpochMilli(atMillis);
            directory.seen(userId, lastSeen);
            lastSeenSink.accept(userId, lastSeen);
        }
        state.announced = now;
        spread.presenceChanged(userId, frame(new Presence(userId, now, lastSeen)), peersOf(userId));
    }

    /**
     * One shard's part of an announced change: the frame to this shard's connections of {@code peers}
     * (those of them that are its users) and to its connections following the user.
     */
    void deliver(long userId, byte[] frame, Collection<Long> peers) {
        Set<Connection> targets = Collections.newSetFromMap(new IdentityHashMap<>());
        for (long peer : peers) {
            if (peer != userId) {
                targets.addAll(connectionsOf.apply(peer));
            }
        }
        targets.addAll(followers.getOrDefault(userId, Set.of()));
        targets.forEach(c -> outbox.frame(c, frame));
    }

    private static byte[] frame(Presence presence) {
        return Json.write(Envelope.of(Op.PRESENCE_UPDATE, presence));
    }
}
