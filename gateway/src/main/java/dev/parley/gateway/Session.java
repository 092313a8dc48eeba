package dev.parley.gateway;

import java.util.ArrayDeque;

/**
 * A gateway session: what survives a disconnect for the resume window. Owned by the thread of its
 * user's {@link Shard}; nothing else reads or writes it.
 *
 * <p>{@code sent} holds the dispatches of sequence numbers {@code lastS - sent.size() + 1 .. lastS},
 * those the client has not yet acknowledged with a HEARTBEAT: exactly what a RESUME may need to
 * replay. They are references to events shared by all sessions, not copies.
 */
final class Session {
    final String id;
    final long userId;
    final long loginSessionId;
    final ArrayDeque<LogEvent> sent = new ArrayDeque<>();
    Connection connection;
    long lastS;
    long detachedAtMillis;
    /** The log position of the session's READY snapshot: older events are already in it. */
    long startAfter;

    Session(String id, long userId, long loginSessionId) {
        this.id = id;
        this.userId = userId;
        this.loginSessionId = loginSessionId;
    }

    long assign(LogEvent event, int maxEvents) {
        lastS++;
        sent.addLast(event);
        if (sent.size() > maxEvents) {
            sent.removeFirst(); // a RESUME from before it answers too_many_events
        }
        return lastS;
    }

    /** Forgets dispatches up to {@code s}, which the client says it has. */
    void acknowledge(long s) {
        long first = lastS - sent.size() + 1;
        for (long i = first; i <= s && !sent.isEmpty(); i++) {
            sent.removeFirst();
        }
    }

    /** The lowest sequence number still replayable. */
    long firstHeld() {
        return lastS - sent.size() + 1;
    }
}
