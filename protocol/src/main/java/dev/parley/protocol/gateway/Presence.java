package dev.parley.protocol.gateway;

import dev.parley.protocol.Id;
import java.time.Instant;
import java.util.Set;

/**
 * A user's merged presence (PRESENCE_UPDATE server → client, and in READY, RESUMED and
 * MEMBERS_CHUNK): online, idle, dnd or offline (invisible users show offline; only the user's own
 * entry may say invisible). {@code lastSeenAt} is set with offline only.
 */
public record Presence(@Id long userId, String status, Instant lastSeenAt) {
    /** The statuses others see. */
    public static final Set<String> STATUSES = Set.of("online", "idle", "dnd", "offline");
}
