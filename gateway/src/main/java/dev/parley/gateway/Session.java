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
    /** Small at first (the default holds 16 slots): an idle session holds nothing, and there are many. */
    final ArrayDeque<LogEvent> sent = new ArrayDeque<>(2);
    Connection connection;
    long lastS;
    long detachedAtMillis;
    /**
     * The log position up to which the session has its events: its READY snapshot's, or where a
     * recovery replayed to ({@link SessionRecovery}). Routing skips events up to it.
     */
    long startAfter;
    /** Whether its resume record changed since it was last saved (an acknowledgement, an attach or a detach). */
    boolean recordDirty = true;
    /** Whether a resume record of it exists (saved once, or claimed from another process). */
    boolean recordSaved;

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
            recordDirty = true;
        }
    }

    /** The sequence number its resume record names: every dispatch up to it was acknowledged. */
    long recordSeq() {
        return lastS - sent.size();
    }

    /**
     * The log position its resume record names: every event up to it that the session receives has
     * a sequence number up to {@link #recordSeq}. Events between the last acknowledged one and the
     * first held one were not for this session; with none held, it has everything up to {@code cursor},
     * the last position routed to its shard (or up to where a recovery replayed, if that is later).
     */
    long recordPosition(long cursor) {
        return sent.isEmpty() ? Math.max(cursor, startAfter) : sent.peekFirst().position() - 1;
    }

    /** The lowest sequence number still replayable. */
    long firstHeld() {
        return lastS - sent.size() + 1;
    }
}
