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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

/**
 * Presence on this node (gateway.md §11), owned by the hub thread: each user's chosen status and
 * each of their connections' idleness, merged into what peers see. A change of the merged status
 * is sent as PRESENCE_UPDATE to present peers; a user's own devices see their chosen status.
 * Going offline is announced only after a grace period, so a quick resume does not flicker.
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

    private static final class State {
        String chosen = "online";
        final Map<Connection, Boolean> afk = new IdentityHashMap<>();
        String announced = Presences.OFFLINE;
        long lastConnectionEndedMillis = -1;
    }

    /** Most users whose last-seen time this node remembers (newest kept), besides the store. */
    private static final int RECENTLY_SEEN_MAX = 65_536;

    private final Subscriptions subscriptions;
    private final Outbox outbox;
    private final LongFunction<List<Connection>> connectionsOf;
    private final Map<Long, State> users = new HashMap<>();
    /** Per connection, the users it follows by asking, oldest first. */
    private final Map<Connection, LinkedHashSet<Long>> follows = new IdentityHashMap<>();
    /** Per followed user, the connections following them. */
    private final Map<Long, Set<Connection>> followers = new HashMap<>();
    private final BiConsumer<Long, Instant> lastSeenSink;
    /** Last-seen times this node announced, so READY does not depend on the store having written them yet. */
    private final Map<Long, Instant> recentlySeen = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Instant> eldest) {
            return size() > RECENTLY_SEEN_MAX;
        }
    };

    PresenceBoard(Subscriptions subscriptions, Outbox outbox, LongFunction<List<Connection>> connectionsOf,
                  BiConsumer<Long, Instant> lastSeenSink) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.connectionsOf = connectionsOf;
        this.lastSeenSink = lastSeenSink;
    }

    void connected(long userId, Connection connection, PresenceUpdate initial) {
        State state = users.computeIfAbsent(userId, u -> new State());
        if (state.afk.isEmpty() && initial != null && initial.status() != null) {
            state.chosen = initial.status();
        }
        state.afk.put(connection, initial != null && Boolean.TRUE.equals(initial.afk()));
        state.lastConnectionEndedMillis = -1;
        announceIfChanged(userId, state, -1);
    }

    void disconnected(long userId, Connection connection, long now) {
        unfollowAll(connection);
        State state = users.get(userId);
        if (state != null && state.afk.remove(connection) != null && state.afk.isEmpty()) {
            state.lastConnectionEndedMillis = now;
        } else if (state != null) {
            announceIfChanged(userId, state, now);
        }
    }

    void update(long userId, Connection connection, PresenceUpdate update, long now) {
        State state = users.get(userId);
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
        for (var entry : List.copyOf(users.entrySet())) {
            State state = entry.getValue();
            if (state.afk.isEmpty() && state.lastConnectionEndedMillis >= 0
                    && now - state.lastConnectionEndedMillis >= OFFLINE_GRACE_MILLIS) {
                announceIfChanged(entry.getKey(), state, state.lastConnectionEndedMillis);
                users.remove(entry.getKey());
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
        State own = users.get(userId);
        out.add(new Presence(userId, own == null ? Presences.OFFLINE : own.chosen.equals("online")
                ? Presences.merged(own.chosen, own.afk.values()) : own.chosen, null));
        for (long peer : subscriptions.presencePeersOf(userId)) {
            if (peer != userId) {
                String status = merged(peer);
                if (!status.equals(Presences.OFFLINE)) {
                    out.add(new Presence(peer, status, null));
                }
            }
        }
        storedLastSeen.forEach((peer, stored) -> {
            if (peer != userId && merged(peer).equals(Presences.OFFLINE)) {
                Instant recent = recentlySeen.get(peer);
                out.add(new Presence(peer, Presences.OFFLINE, recent != null && recent.isAfter(stored) ? recent : stored));
            }
        });
        return out;
    }

    /** The merged presence of each of these users (for MEMBERS_CHUNK). */
    List<Presence> of(Collection<Long> userIds) {
        return userIds.stream().map(u -> new Presence(u, merged(u), null)).toList();
    }

    private String merged(long userId) {
        State state = users.get(userId);
        return state == null ? Presences.OFFLINE : state.announced;
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
            recentlySeen.put(userId, lastSeen);
            lastSeenSink.accept(userId, lastSeen);
        }
        state.announced = now;
        byte[] frame = frame(new Presence(userId, now, lastSeen));
        Set<Connection> targets = Collections.newSetFromMap(new IdentityHashMap<>());
        for (long peer : subscriptions.presencePeersOf(userId)) {
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
