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
    /**
     * The log position up to which the session has its events: its READY snapshot's, or where a
     * recovery replayed to ({@link SessionRecovery}). Routing skips events up to it.
     */
    long startAfter;
    /**
     * What its resume record says ({@link dev.parley.store.gateway.ResumeRecord}): the client
     * acknowledged up to {@code recordSeq}, and that accounts for every event up to {@code recordPosition}.
     */
    long recordSeq;
    long recordPosition;
    /** Whether the record changed since it was last saved. */
    boolean recordDirty = true;
    /** When the record was last saved; 0 never. */
    long recordSavedAtMillis;

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

    /**
     * Forgets dispatches up to {@code s}, which the client says it has, and moves the record's point
     * there. {@code cursor} is the last log position routed to the session's shard.
     */
    void acknowledge(long s, long cursor) {
        long first = lastS - sent.size() + 1;
        for (long i = first; i <= s && !sent.isEmpty(); i++) {
            sent.removeFirst();
        }
        long acknowledged = lastS - sent.size();
        if (acknowledged > recordSeq) {
            recordSeq = acknowledged;
            // Events between the last acknowledged one and the first held one were not for this session.
            recordPosition = sent.isEmpty() ? Math.max(cursor, startAfter) : sent.peekFirst().position() - 1;
            recordDirty = true;
        }
    }

    /** The lowest sequence number still replayable. */
    long firstHeld() {
        return lastS - sent.size() + 1;
    }
}
