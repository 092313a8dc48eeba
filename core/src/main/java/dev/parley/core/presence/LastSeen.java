package dev.parley.core.presence;

import dev.parley.core.Mutations;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The stored part of presence (gateway.md §11): when users were last visibly present. The
 * gateway records it when a user's merged presence turns offline and reads it for the offline
 * peers it shows. Nothing is published: presence changes travel as PRESENCE_UPDATE, not events.
 */
public final class LastSeen {
    private final Mutations mutations;

    public LastSeen(Mutations mutations) {
        this.mutations = mutations;
    }

    /** Records that the user was visibly present at {@code at} (a later record wins). */
    public void record(long userId, Instant at) {
        mutations.apply(c -> {
            c.tx().lastSeen().record(userId, at);
            return null;
        });
    }

    /** The last-seen time of each of these users who was ever seen; no transaction for none (IDENTIFY of a user without DMs). */
    public Map<Long, Instant> of(Collection<Long> userIds) {
        return userIds.isEmpty() ? Map.of() : mutations.read(tx -> tx.lastSeen().of(userIds));
    }
}
