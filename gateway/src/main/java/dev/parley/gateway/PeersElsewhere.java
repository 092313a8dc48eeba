package dev.parley.gateway;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The peers of one hub shard's users who are present only on other nodes (gateway.md §11,
 * cluster note). This node has no memberships of such a user, so each time their merged status
 * changes it reads them from the store, off the shard thread, then, back on it, lists the user
 * in the {@link PresenceDirectory} under them (so that READY, RESUMED and MEMBERS_CHUNK here show
 * the user) and spreads the change to the peers they give. Owned by the shard's thread.
 *
 * <p>Reads may finish out of order: a read that a later announcement of the same user superseded
 * (a later read, or a change spread with memberships this node holds) is discarded when it
 * finishes, so peers never see an older status after a newer one.
 */
final class PeersElsewhere {
    private static final Logger log = LoggerFactory.getLogger(PeersElsewhere.class);

    private final PresenceDirectory directory;
    private final GatewayFacts facts;
    private final Executor onShard;
    private final PresenceBoard.Spread spread;
    /** Per user, the memberships they are listed under in the directory. */
    private final Map<Long, GatewayFacts.Memberships> indexed = new HashMap<>();
    /** Per user, the latest read in flight. */
    private final Map<Long, Long> reads = new HashMap<>();
    private long tickets;

    /**
     * @param onShard runs a task on the shard's thread, after those queued before it
     */
    PeersElsewhere(PresenceDirectory directory, GatewayFacts facts, Executor onShard, PresenceBoard.Spread spread) {
        this.directory = directory;
        this.facts = facts;
        this.onShard = onShard;
        this.spread = spread;
    }

    /**
     * Reads the user's memberships, then, unless superseded: lists the user under them while they
     * are visibly present elsewhere, and spreads {@code frame} (when not null) to their peers.
     */
    void announce(long userId, byte[] frame) {
        long ticket = ++tickets;
        reads.put(userId, ticket);
        Thread.ofVirtual().name("parley-gateway-presence-peers").start(() -> {
            GatewayFacts.Memberships memberships;
            try {
                directory.lookups.acquireUninterruptibly();
                try {
                    memberships = facts.memberships(userId);
                } finally {
                    directory.lookups.release();
                }
            } catch (RuntimeException e) {
                log.warn("could not read the peers of user {} present on another node", userId, e);
                onShard.execute(() -> reads.remove(userId, ticket));
                return;
            }
            onShard.execute(() -> apply(userId, ticket, memberships, frame));
        });
    }

    private void apply(long userId, long ticket, GatewayFacts.Memberships memberships, byte[] frame) {
        if (!Objects.equals(reads.get(userId), ticket)) {
            return;
        }
        reads.remove(userId);
        forget(userId);
        PresenceBoard.State state = directory.users.get(userId);
        if (state != null && !state.announced.equals(Presences.OFFLINE) && state.elsewhere != null) {
            directory.indexElsewhere(userId, memberships);
            indexed.put(userId, memberships);
        }
        if (frame != null) {
            spread.presenceChanged(userId, frame, directory.peers(memberships.communityIds(), memberships.conversations().keySet()));
        }
    }

    /** A change of the user was spread with memberships this node holds: a read in flight is out of date. */
    void superseded(long userId) {
        reads.remove(userId);
    }

    boolean listed(long userId) {
        return indexed.containsKey(userId);
    }

    /** The user is no longer present anywhere this node knows of: unlists them. */
    void forget(long userId) {
        GatewayFacts.Memberships old = indexed.remove(userId);
        if (old != null) {
            directory.unindexElsewhere(userId, old);
        }
    }
}
