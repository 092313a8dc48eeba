package dev.parley.gateway;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * What every hub shard may read of presence on this node (gateway.md §11): each present user's
 * presence state, which present users are in which community and conversation, which
 * communities are {@code large}, and recent last-seen times.
 *
 * <p>Single writer per user: a user's entries (their {@link PresenceBoard.State} and their
 * memberships here) are written only by the shard that owns the user, in the order that shard
 * routes events; other shards only read them. Reads are therefore current to within what the
 * owning shard has routed: a peer another shard is still catching up on may see a presence change
 * a few events early or late. Presence is state, not history (it is never replayed), so that is
 * the contract; dispatches never depend on this class.
 *
 * <p>In a cluster ({@link #clustered}) it also lists users present only on other nodes, under the
 * communities and conversations their last presence change read from the store, so that they are
 * peers here too ({@link ClusterPresence}); and it collects this node's users whose presence
 * changed, for the next signal to the other nodes.
 */
final class PresenceDirectory {
    /** Most users whose last-seen time this node remembers (newest kept), besides the store. */
    private static final int RECENTLY_SEEN_MAX = 65_536;

    /** Present users' presence (on this node or, in a cluster, another), by user id; written by the owning shard. */
    final Map<Long, PresenceBoard.State> users = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> byCommunity = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> byConversation = new ConcurrentHashMap<>();
    /** Users present on other nodes only, by their communities and conversations; written by the owning shard. */
    private final Map<Long, Set<Long>> elsewhereByCommunity = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> elsewhereByConversation = new ConcurrentHashMap<>();
    /** This node's users whose own presence changed since the other nodes were told; null on a single node. */
    private volatile Set<Long> unsent;
    private volatile long elsewhereTtlMillis;
    /** Whether this node stores the last-seen time of users whose node stopped signalling (the lowest live id does). */
    private volatile boolean storesExpired = true;
    /** Store reads of the memberships of users present elsewhere, at most a few at once. */
    final Semaphore lookups = new Semaphore(4);
    /** Communities whose members do not push presence to each other, as the latest READY of one of them said. */
    private final Set<Long> large = ConcurrentHashMap.newKeySet();
    /** Last-seen times this node announced, so READY does not depend on the store having written them yet. */
    private final Map<Long, Instant> recentlySeen = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Instant> eldest) {
            return size() > RECENTLY_SEEN_MAX;
        }
    };

    void joined(long communityId, Long userId) {
        byCommunity.computeIfAbsent(communityId, c -> ConcurrentHashMap.newKeySet()).add(userId);
    }

    void left(long communityId, long userId) {
        byCommunity.computeIfPresent(communityId, (c, members) -> members.remove(userId) && members.isEmpty() ? null : members);
    }

    void entered(long conversationId, Long userId) {
        byConversation.computeIfAbsent(conversationId, c -> ConcurrentHashMap.newKeySet()).add(userId);
    }

    void exited(long conversationId, long userId) {
        byConversation.computeIfPresent(conversationId, (c, members) -> members.remove(userId) && members.isEmpty() ? null : members);
    }

    void largeness(long communityId, boolean isLarge) {
        if (isLarge) {
            large.add(communityId);
        } else {
            large.remove(communityId);
        }
    }

    boolean large(long communityId) {
        return large.contains(communityId);
    }

    /**
     * The present users who see the presence of someone in these communities and conversations
     * without asking: members of those that are not large, and participants.
     */
    Set<Long> peers(Collection<Long> communities, Collection<Long> conversations) {
        Set<Long> peers = new HashSet<>();
        for (long c : communities) {
            if (!large.contains(c)) {
                peers.addAll(byCommunity.getOrDefault(c, Set.of()));
            }
        }
        for (long c : conversations) {
            peers.addAll(byConversation.getOrDefault(c, Set.of()));
        }
        if (unsent != null) {
            for (long c : communities) {
                if (!large.contains(c)) {
                    peers.addAll(elsewhereByCommunity.getOrDefault(c, Set.of()));
                }
            }
            for (long c : conversations) {
                peers.addAll(elsewhereByConversation.getOrDefault(c, Set.of()));
            }
        }
        return peers;
    }

    /** Lists a user present on other nodes only under these memberships (see {@link #peers}). */
    void indexElsewhere(long userId, GatewayFacts.Memberships memberships) {
        Long user = userId;
        memberships.communityIds().forEach(c -> elsewhereByCommunity.computeIfAbsent(c, x -> ConcurrentHashMap.newKeySet()).add(user));
        memberships.conversations().keySet().forEach(c ->
                elsewhereByConversation.computeIfAbsent(c, x -> ConcurrentHashMap.newKeySet()).add(user));
    }

    /** Undoes {@link #indexElsewhere} with the same memberships. */
    void unindexElsewhere(long userId, GatewayFacts.Memberships memberships) {
        memberships.communityIds().forEach(c -> elsewhereByCommunity.computeIfPresent(c,
                (x, members) -> members.remove(userId) && members.isEmpty() ? null : members));
        memberships.conversations().keySet().forEach(c -> elsewhereByConversation.computeIfPresent(c,
                (x, members) -> members.remove(userId) && members.isEmpty() ? null : members));
    }

    // ---- across nodes: set up by ClusterPresence, untouched on a single node ----

    /** Makes this node one of a cluster: what other nodes hold is dropped when not heard again within {@code ttlMillis}. */
    void clustered(long ttlMillis) {
        elsewhereTtlMillis = ttlMillis;
        unsent = ConcurrentHashMap.newKeySet();
    }

    boolean clustered() {
        return unsent != null;
    }

    long elsewhereTtlMillis() {
        return elsewhereTtlMillis;
    }

    /** A user of this node whose own presence changed: the other nodes are told soon. */
    void unsent(long userId) {
        Set<Long> pending = unsent;
        if (pending != null) {
            pending.add(userId);
        }
    }

    /** The users {@link #unsent} named since the last call. */
    Set<Long> takeUnsent() {
        Set<Long> taken = new HashSet<>();
        for (var it = unsent.iterator(); it.hasNext(); ) {
            taken.add(it.next());
            it.remove(); // a change after this is named again
        }
        return taken;
    }

    boolean storesExpired() {
        return storesExpired;
    }

    void storesExpired(boolean stores) {
        storesExpired = stores;
    }

    /** A user's merged presence as announced, {@code offline} when not present. */
    String announced(long userId) {
        PresenceBoard.State state = users.get(userId);
        return state == null ? Presences.OFFLINE : state.announced;
    }

    void seen(long userId, Instant at) {
        synchronized (recentlySeen) {
            recentlySeen.put(userId, at);
        }
    }

    Instant recentlySeen(long userId) {
        synchronized (recentlySeen) {
            return recentlySeen.get(userId);
        }
    }
}
