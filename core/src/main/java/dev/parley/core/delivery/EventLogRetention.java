package dev.parley.core.delivery;

import dev.parley.store.Storage;
import java.time.Duration;
import java.time.InstantSource;

/**
 * Keeps the event log to its retention: what a RESUME may still need (the resume window) plus a
 * margin, never everything ever published. Run periodically by the node's housekeeping.
 */
public final class EventLogRetention {
    /** Entries deleted per transaction, so a purge never holds the writer for long. */
    static final int BATCH = 5_000;

    private final Storage storage;
    private final InstantSource clock;

    public EventLogRetention(Storage storage, InstantSource clock) {
        this.storage = storage;
        this.clock = clock;
    }

    /** Deletes entries logged longer than {@code retention} ago (never the newest); returns how many. */
    public int purgeOlderThan(Duration retention) {
        var cutoff = clock.instant().minus(retention);
        int total = 0;
        int deleted;
        do {
            deleted = storage.write(tx -> tx.events().purgeBefore(cutoff, BATCH));
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
