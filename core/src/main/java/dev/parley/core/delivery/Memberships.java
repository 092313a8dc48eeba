package dev.parley.core.delivery;

import java.util.Map;
import java.util.Set;

/**
 * What one user belongs to, read at one instant: the ids of their communities, and for each DM
 * or group they are in, its participants' user ids (the user included).
 */
public record Memberships(Set<Long> communityIds, Map<Long, Set<Long>> conversations) {
    public Memberships {
        communityIds = Set.copyOf(communityIds);
        conversations = Map.copyOf(conversations);
    }
}
