package dev.parley.gateway;

import dev.parley.protocol.gateway.GatewayLimits;
import java.util.HashMap;
import java.util.Map;

/**
 * At most one relayed typing indicator per user and channel every
 * {@link GatewayLimits#TYPING_RELAY_MIN_INTERVAL_MILLIS} (gateway.md §12). Kept by the typist's
 * shard, which owns all of the user's connections; used by that shard's thread only.
 */
final class TypingThrottle {
    private final Map<String, Long> relayedAt = new HashMap<>();

    /** Whether a TYPING_START of the user in the channel at {@code now} is relayed (and, if so, records it). */
    boolean allows(long userId, long channelId, long now) {
        String key = userId + ":" + channelId;
        Long last = relayedAt.get(key);
        if (last != null && now - last < GatewayLimits.TYPING_RELAY_MIN_INTERVAL_MILLIS) {
            return false;
        }
        relayedAt.put(key, now);
        return true;
    }

    /** Forgets relays old enough not to hold back the next one. */
    void sweep(long now) {
        relayedAt.values().removeIf(at -> now - at > GatewayLimits.TYPING_RELAY_MIN_INTERVAL_MILLIS);
    }
}
