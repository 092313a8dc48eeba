package dev.parley.store.memory;

import dev.parley.store.user.LastSeenStore;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Last-seen times by user id; the later of two times wins. */
final class MemoryLastSeenStore implements LastSeenStore {
    private final Map<Long, Instant> lastSeen;

    MemoryLastSeenStore(MemoryState state) {
        this.lastSeen = state.lastSeen();
    }

    @Override
    public void record(long userId, Instant at) {
        lastSeen.merge(userId, at, (old, now) -> now.isAfter(old) ? now : old);
    }

    @Override
    public Map<Long, Instant> of(Collection<Long> userIds) {
        Map<Long, Instant> found = new HashMap<>();
        for (long user : userIds) {
            Instant at = lastSeen.get(user);
            if (at != null) {
                found.put(user, at);
            }
        }
        return found;
    }
}
