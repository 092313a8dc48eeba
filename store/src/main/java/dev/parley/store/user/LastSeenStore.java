package dev.parley.store.user;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * When each user was last visibly present (gateway.md §11: online, idle or do-not-disturb, not
 * invisible): the only part of presence that is stored. Users never seen have no entry.
 */
public interface LastSeenStore {
    /** Records that the user was visibly present at {@code at}; an earlier time never replaces a later one. */
    void record(long userId, Instant at);

    /** The last-seen time of each of these users who has one. */
    Map<Long, Instant> of(Collection<Long> userIds);
}
