package dev.parley.gateway;

import dev.parley.core.Failure;
import dev.parley.protocol.gateway.PresenceUpdate;
import java.util.Collection;

/**
 * Presence rules (gateway.md §11): validation of PRESENCE_UPDATE and how a user's chosen status
 * and their devices' idleness merge into what peers see.
 */
final class Presences {
    static final String OFFLINE = "offline";

    private Presences() {
    }

    static boolean valid(PresenceUpdate update) {
        return (update.status() != null || update.afk() != null)
                && (update.status() == null || PresenceUpdate.STATUSES.contains(update.status()));
    }

    /** Throws VALIDATION_FAILED unless the update is {@link #valid}. */
    static void check(PresenceUpdate update) {
        if (update.status() == null && update.afk() == null) {
            throw Failure.invalid("status", "status or afk is required");
        }
        if (update.status() != null && !PresenceUpdate.STATUSES.contains(update.status())) {
            throw Failure.invalid("status", "must be one of online, idle, dnd, invisible");
        }
    }

    /**
     * The status peers see: offline without a connection or when invisible; dnd and idle as
     * chosen; online only while some device is not afk.
     */
    static String merged(String chosen, Collection<Boolean> afkByConnection) {
        if (afkByConnection.isEmpty() || chosen.equals("invisible")) {
            return OFFLINE;
        }
        if (chosen.equals("dnd") || chosen.equals("idle")) {
            return chosen;
        }
        return afkByConnection.contains(Boolean.FALSE) ? "online" : "idle";
    }
}
