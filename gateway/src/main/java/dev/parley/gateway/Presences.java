package dev.parley.gateway;

import dev.parley.bus.PresenceSignal;
import dev.parley.core.Failure;
import dev.parley.protocol.gateway.PresenceUpdate;
import java.util.Collection;

/**
 * Presence rules (gateway.md §11): validation of PRESENCE_UPDATE and how a user's chosen status
 * and their devices' idleness merge into what peers see, on one node and across nodes.
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
        return afkByConnection.isEmpty() ? OFFLINE : merged(chosen, afkByConnection.contains(Boolean.FALSE));
    }

    /**
     * The status peers see when several nodes hold the user (each entry what one node holds, a
     * node within the offline grace included): the status chosen last wins (an equal time goes to
     * the greater name, so that every node picks the same), then the rules of {@link #merged(String,
     * Collection)} over every node's devices. Nobody holding the user is {@code offline}.
     */
    static String mergedAcross(Collection<PresenceSignal.Held> held) {
        PresenceSignal.Held latest = null;
        boolean active = false;
        for (PresenceSignal.Held h : held) {
            if (latest == null || newer(h, latest)) {
                latest = h;
            }
            active |= h.active();
        }
        return latest == null ? OFFLINE : merged(latest.chosen(), active);
    }

    /** Whether {@code a}'s chosen status wins over {@code b}'s. */
    static boolean newer(PresenceSignal.Held a, PresenceSignal.Held b) {
        return a.chosenAtMillis() != b.chosenAtMillis() ? a.chosenAtMillis() > b.chosenAtMillis()
                : a.chosen().compareTo(b.chosen()) > 0;
    }

    /** A connected user's status: {@code active} is whether some device is not afk. */
    private static String merged(String chosen, boolean active) {
        if (chosen.equals("invisible")) {
            return OFFLINE;
        }
        if (chosen.equals("dnd") || chosen.equals("idle")) {
            return chosen;
        }
        return active ? "online" : "idle";
    }
}
