package dev.parley.store.event;

import java.time.Instant;
import java.util.List;

/**
 * The event log: every published event, written in the transaction that made the change, so that
 * the gateway can replay what a disconnected session missed (gateway.md §5) and repair gaps the
 * bus left.
 *
 * <p>Contract: {@link #append} returns a position greater than every position committed before
 * it, and positions are never reused, not even after a purge. Positions are handed out in commit
 * order: once position p is visible to a reader, no transaction commits a position below p
 * later. (Both hold because writes are serialized; a backend with concurrent writers must keep
 * them another way.)
 */
public interface EventLogStore {
    /** Appends one event in the current transaction and returns its position. */
    long append(String audience, String type, byte[] payload, Instant at);

    /** The entries after {@code position}, oldest first, at most {@code limit}. */
    List<LoggedEvent> after(long position, int limit);

    /** The highest committed position; 0 when nothing was ever logged. */
    long head();

    /**
     * The lowest position still held, or {@code head() + 1} when the log is empty: a reader that
     * needs anything below it must resync.
     */
    long tail();

    /**
     * Deletes the oldest entries logged before {@code cutoff}, at most {@code limit} of them and
     * never the newest entry; returns how many. The limit keeps each purge transaction short.
     */
    int purgeBefore(Instant cutoff, int limit);
}
