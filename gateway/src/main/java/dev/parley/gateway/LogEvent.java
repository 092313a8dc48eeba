package dev.parley.gateway;

import dev.parley.bus.Audience;
import dev.parley.protocol.event.Event;

/**
 * One event-log entry as the hub routes it: its position, audience, decoded event (for the
 * subscription changes it implies), its encoded payload and the start of its DISPATCH envelope
 * ({@link Frames#dispatchHead}), both shared by every frame that carries it, on every shard.
 * Immutable but for {@code peers}, a memo that any shard may fill ({@link #peersMemberships}).
 */
record LogEvent(long position, Audience audience, Event event, String type, byte[] payload, byte[] dispatchHead,
                PeersMemo peers) {
    LogEvent(long position, Audience audience, Event event, String type, byte[] payload) {
        this(position, audience, event, type, payload, Frames.dispatchHead(type), new PeersMemo());
    }

    /**
     * For a {@code peers} audience, the memberships of the user it names, for shards that do not
     * own that user: read from the store by the first shard that asks, then shared, so a
     * {@code user_updated} costs one read however many shards route it. (The owning shard uses its
     * own exact subscriptions instead.)
     */
    GatewayFacts.Memberships peersMemberships(GatewayFacts facts, long userId) {
        return peers.get(facts, userId);
    }

    /** Memberships read once, by whichever shard asks first. */
    static final class PeersMemo {
        private GatewayFacts.Memberships memberships;

        synchronized GatewayFacts.Memberships get(GatewayFacts facts, long userId) {
            if (memberships == null) {
                memberships = facts.memberships(userId);
            }
            return memberships;
        }
    }
}
