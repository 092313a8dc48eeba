package dev.parley.protocol.gateway;

import java.util.Set;

/**
 * PRESENCE_UPDATE (client → server): the user's chosen {@code status} (online, idle, dnd or
 * invisible; applies to all their devices) and/or whether this device is {@code afk} (inactive).
 */
public record PresenceUpdate(String status, Boolean afk) {
    /** The statuses a user may choose. */
    public static final Set<String> STATUSES = Set.of("online", "idle", "dnd", "invisible");
}
