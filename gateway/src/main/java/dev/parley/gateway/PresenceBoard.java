package dev.parley.gateway;

import dev.parley.bus.PresenceSignal;
import dev.parley.core.json.Json;
import dev.parley.protocol.gateway.Envelope;
import dev.parley.protocol.gateway.GatewayLimits;
import dev.parley.protocol.gateway.Op;
import dev.parley.protocol.gateway.Presence;
import dev.parley.protocol.gateway.PresenceUpdate;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
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
 *
 * <p>In a cluster each node holds part of a user's presence: what it holds itself ({@link
 * State#local}, told to the other nodes by {@link ClusterPresence}) and what the others told it
 * ({@link State#elsewhere}, applied here on the user's shard). The merged status is over all of
 * them ({@link Presences#mergedAcross}): the status chosen last on any node wins, and is adopted
 * by this node's devices; any device in use anywhere makes {@code online}. A node within its
 * offline grace still counts, and every node drops its part after the same grace (from the time
 * the node's last connection ended), so going offline is announced everywhere at about the same
 * moment; a part not heard again within the time to live is dropped (its node died). Last seen
 * is stored by the node whose own part was the last to go; when that part expired instead, by
 * the live node with the lowest id ({@link PresenceDirectory#storesExpired}). A user present only
 * elsewhere has no memberships here: their peers are read from the store, off the shard thread,
 * each time their merged status changes ({@link PeersElsewhere}).
 */
final class PresenceBoard {
    private static final long OFFLINE_GRACE_MILLIS = GatewayLimits.PRESENCE_OFFLINE_GRACE_SECONDS * 1000L;

    /**
     * One present user's presence: written by the owning shard only; {@link #announced} and
     * {@link #local} are read by any thread.
     */
    static final class State {
        String chosen = "online";
        long chosenAtMillis;
        final Map<Connection, Boolean> afk = new IdentityHashMap<>();
        volatile String announced = Presences.OFFLINE;
        long lastConnectionEndedMillis = -1;
        /** Whether a device was in use when the last connection ended (the grace keeps the status). */
        boolean activeAtEnd;
        /** What this node holds of the user (connected, or within the grace); null when nothing. */
        volatile PresenceSignal.Held local;
        /** What other nodes hold, by node, with when it was heard; null when none (always on a single node). */
        Map<String, Heard> elsewhere;
    }

    /** What another node holds of a user, and when this node heard it (its own clock). */
    record Heard(PresenceSignal.Held held, long atMillis) {
    }

    /** When a user was last visibly present, and whether this node stores it (only one node does). */
    private record Departure(long atMillis, boolean store) {
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
    /** Users of this shard that other nodes hold. */
    private final Set<Long> elsewhereUsers = new HashSet<>();
    private final PeersElsewhere peersElsewhere;
    private final BiConsumer<Long, Instant> lastSeenSink;
    private final InstantSource clock;

    /**
     * @param facts   reads the peers of users present only on other nodes
     * @param onShard runs a task on the shard's thread (where the results of those reads are applied)
     */
    PresenceBoard(PresenceDirectory directory, Subscriptions subscriptions, Outbox outbox,
                  LongFunction<List<Connection>> connectionsOf, Spread spread, BiConsumer<Long, Instant> lastSeenSink,
                  GatewayFacts facts, Executor onShard, InstantSource clock) {
        this.directory = directory;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.connectionsOf = connectionsOf;
        this.spread = spread;
        this.lastSeenSink = lastSeenSink;
        this.peersElsewhere = new PeersElsewhere(directory, facts, onShard, spread);
        this.clock = clock;
    }

    /**
     * A connection of the user attached. With no other connection here, the user takes the status
     * chosen last on a node where they are connected, else the one IDENTIFY asks for, else (new
     * here, not back within the grace) {@code online}.
     */
    void connected(long userId, Connection connection, PresenceUpdate initial) {
        State state = directory.users.computeIfAbsent(userId, u -> new State());
        if (state.afk.isEmpty()) {
            PresenceSignal.Held chosenElsewhere = latestConnectedElsewhere(state);
            if (chosenElsewhere != null) {
                state.chosen = chosenElsewhere.chosen();
                state.chosenAtMillis = chosenElsewhere.chosenAtMillis();
            } else if (initial != null && initial.status() != null) {
                choose(state, initial.status());
            } else if (state.lastConnectionEndedMillis < 0) {
                choose(state, "online");
            }
        }
        state.afk.put(connection, initial != null && Boolean.TRUE.equals(initial.afk()));
        state.lastConnectionEndedMillis = -1;
        endedUsers.remove(userId);
        holdChanged(userId, state);
        announceIfChanged(userId, state, null);
    }

    void disconnected(long userId, Connection connection, long now) {
        unfollowAll(connection);
        State state = directory.users.get(userId);
        if (state == null) {
            return;
        }
        boolean wasActive = state.afk.containsValue(Boolean.FALSE);
        if (state.afk.remove(connection) != null && state.afk.isEmpty()) {
            state.lastConnectionEndedMillis = now;
            state.activeAtEnd = wasActive;
            endedUsers.add(userId);
            holdChanged(userId, state);
        } else {
            holdChanged(userId, state);
            announceIfChanged(userId, state, new Departure(now, true));
        }
    }

    void update(long userId, Connection connection, PresenceUpdate update, long now) {
        State state = directory.users.get(userId);
        if (state == null || !state.afk.containsKey(connection)) {
            return;
        }
        if (update.status() != null) {
            choose(state, update.status());
            echoChosen(userId, state);
        }
        if (update.afk() != null) {
            state.afk.put(connection, update.afk());
        }
        holdChanged(userId, state);
        announceIfChanged(userId, state, new Departure(now, true));
    }

    /**
     * What another node holds of some of this shard's users, heard at {@code heardAt}: replaces what
     * that node said before. A status chosen there later than here is adopted by this node's devices.
     */
    void heard(String node, List<PresenceSignal.Held> held, long heardAt) {
        for (PresenceSignal.Held h : held) {
            State known = directory.users.get(h.userId());
            if (!PresenceUpdate.STATUSES.contains(h.chosen()) || !h.connected() && (heardAt - h.endedAtMillis() >= OFFLINE_GRACE_MILLIS
                    || known == null || known.elsewhere == null || !known.elsewhere.containsKey(node))) {
                // nothing to count: a status this node does not know, a part past its grace, or one whose
                // connection ended before this node heard of it (a late refresh must not bring a user back)
                continue;
            }
            State state = known != null ? known : directory.users.computeIfAbsent(h.userId(), u -> new State());
            if (state.elsewhere == null) {
                state.elsewhere = new HashMap<>(4);
            }
            state.elsewhere.put(node, new Heard(h, heardAt));
            elsewhereUsers.add(h.userId());
            if (!state.afk.isEmpty() && h.connected() && !h.chosen().equals(state.chosen)
                    && Presences.newer(h, new PresenceSignal.Held(h.userId(), state.chosen, state.chosenAtMillis, false, 0))) {
                state.chosen = h.chosen();
                state.chosenAtMillis = h.chosenAtMillis();
                echoChosen(h.userId(), state);
                holdChanged(h.userId(), state);
            }
            // only a choice of invisible elsewhere can make the user offline here; that node stores the time
            announceIfChanged(h.userId(), state, new Departure(h.chosenAtMillis(), false));
        }
    }

    private void choose(State state, String status) {
        state.chosen = status;
        state.chosenAtMillis = clock.millis();
    }

    /** The user's own devices on this node see their chosen status. */
    private void echoChosen(long userId, State state) {
        byte[] own = frame(new Presence(userId, state.chosen, null));
        connectionsOf.apply(userId).forEach(c -> outbox.frame(c, own));
    }

    /** Recomputes what this node holds of the user; in a cluster, a change is told to the other nodes. */
    private void holdChanged(long userId, State state) {
        PresenceSignal.Held now;
        if (!state.afk.isEmpty()) {
            now = new PresenceSignal.Held(userId, state.chosen, state.chosenAtMillis, state.afk.containsValue(Boolean.FALSE), 0);
        } else if (state.lastConnectionEndedMillis >= 0) {
            now = new PresenceSignal.Held(userId, state.chosen, state.chosenAtMillis, state.activeAtEnd,
                    Math.max(1, state.lastConnectionEndedMillis));
        } else {
            now = null;
        }
        if (!Objects.equals(now, state.local)) {
            state.local = now;
            if (now != null) {
                directory.unsent(userId);
            }
        }
    }

    private static PresenceSignal.Held latestConnectedElsewhere(State state) {
        PresenceSignal.Held latest = null;
        if (state.elsewhere != null) {
            for (Heard heard : state.elsewhere.values()) {
                if (heard.held().connected() && (latest == null || Presences.newer(heard.held(), latest))) {
                    latest = heard.held();
                }
            }
        }
        return latest;
    }

    /** Everything that counts towards the user's merged status: this node's part and the others'. */
    private static List<PresenceSignal.Held> parts(State state) {
        List<PresenceSignal.Held> parts = new ArrayList<>(state.elsewhere == null ? 1 : 1 + state.elsewhere.size());
        PresenceSignal.Held local = state.local;
        if (local != null) {
            parts.add(local);
        }
        if (state.elsewhere != null) {
            state.elsewhere.values().forEach(h -> parts.add(h.held()));
        }
        return parts;
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

    /**
     * Drops the parts past their grace (this node's and the others', from when their last connection
     * ended) and, in a cluster, those of nodes not heard within the time to live; announces what
     * that changes, offline with the time of the part that went last.
     */
    void sweep(long now) {
        if (endedUsers.isEmpty() && elsewhereUsers.isEmpty()) {
            return;
        }
        Set<Long> candidates = new HashSet<>(endedUsers);
        candidates.addAll(elsewhereUsers);
        for (long userId : candidates) {
            State state = directory.users.get(userId);
            if (state == null) {
                endedUsers.remove(userId);
                elsewhereUsers.remove(userId);
                continue;
            }
            Departure last = null;
            boolean ownGone = false;
            if (!state.afk.isEmpty()) {
                endedUsers.remove(userId);
            } else if (state.lastConnectionEndedMillis >= 0 && now - state.lastConnectionEndedMillis >= OFFLINE_GRACE_MILLIS) {
                last = new Departure(state.lastConnectionEndedMillis, true);
                state.lastConnectionEndedMillis = -1;
                endedUsers.remove(userId);
                holdChanged(userId, state);
                ownGone = true;
            }
            if (state.elsewhere != null) {
                last = dropElsewhere(state, now, last);
                if (state.elsewhere.isEmpty()) {
                    state.elsewhere = null;
                    elsewhereUsers.remove(userId);
                }
            }
            if (last != null) {
                announceIfChanged(userId, state, last);
            }
            if (state.afk.isEmpty() && state.local == null && state.elsewhere == null) {
                directory.users.remove(userId);
                peersElsewhere.forget(userId);
            } else if (ownGone && state.elsewhere != null && !peersElsewhere.listed(userId)) {
                peersElsewhere.announce(userId, null); // present elsewhere only from now on: list them here
            }
        }
    }

    /** Drops the other nodes' parts that are past their grace or time to live; returns the latest departure. */
    private Departure dropElsewhere(State state, long now, Departure last) {
        long ttl = directory.elsewhereTtlMillis();
        Departure latest = last;
        for (var it = state.elsewhere.values().iterator(); it.hasNext(); ) {
            Heard heard = it.next();
            Departure gone;
            if (!heard.held().connected() && now - heard.held().endedAtMillis() >= OFFLINE_GRACE_MILLIS) {
                gone = new Departure(heard.held().endedAtMillis(), false); // its node stores it
            } else if (now - heard.atMillis() >= ttl) {
                gone = new Departure(heard.atMillis(), directory.storesExpired()); // its node is gone
            } else {
                continue;
            }
            it.remove();
            if (latest == null || gone.atMillis() > latest.atMillis()) {
                latest = gone;
            }
        }
        return latest;
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
                ? Presences.mergedAcross(parts(own)) : own.chosen, null));
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

    /**
     * After a {@code member_joined} this shard routed: the joiner and the community's members see
     * each other's presence from now on (gateway.md §11), so each side that is not offline is sent
     * to the other now — a presence that does not change is never pushed otherwise. Not for large
     * communities, whose members ask. Every shard runs it and sends only to its own users'
     * connections.
     */
    void joined(long communityId, long joinerId) {
        if (directory.large(communityId)) {
            return;
        }
        List<Connection> joinerConnections = connectionsOf.apply(joinerId);
        String joinerStatus = directory.announced(joinerId);
        byte[] joinerFrame = joinerStatus.equals(Presences.OFFLINE) ? null : frame(new Presence(joinerId, joinerStatus, null));
        for (long member : directory.peers(List.of(communityId), List.of())) {
            if (member == joinerId) {
                continue;
            }
            if (joinerFrame != null) {
                connectionsOf.apply(member).forEach(c -> outbox.frame(c, joinerFrame));
            }
            String status = joinerConnections.isEmpty() ? Presences.OFFLINE : directory.announced(member);
            if (!status.equals(Presences.OFFLINE)) {
                byte[] memberFrame = frame(new Presence(member, status, null));
                joinerConnections.forEach(c -> outbox.frame(c, memberFrame));
            }
        }
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

    /**
     * Announces the merged status if it changed. {@code departure}: when the change happened, which is
     * the last-seen time if it goes offline, and whether this node stores that time.
     */
    private void announceIfChanged(long userId, State state, Departure departure) {
        String now = Presences.mergedAcross(parts(state));
        if (now.equals(state.announced)) {
            return;
        }
        Instant lastSeen = null;
        if (now.equals(Presences.OFFLINE) && departure != null) {
            lastSeen = Instant.ofEpochMilli(departure.atMillis());
            directory.seen(userId, lastSeen);
            if (departure.store()) {
                lastSeenSink.accept(userId, lastSeen);
            }
        }
        state.announced = now;
        byte[] frame = frame(new Presence(userId, now, lastSeen));
        if (directory.clustered() && !subscriptions.present(userId)) {
            peersElsewhere.announce(userId, frame);
        } else {
            peersElsewhere.superseded(userId);
            spread.presenceChanged(userId, frame, peersOf(userId));
        }
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
