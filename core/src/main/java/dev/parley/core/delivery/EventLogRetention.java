package dev.parley.core.delivery;

import dev.parley.store.Storage;
import java.time.Duration;
import java.time.InstantSource;

/**
 * Keeps what a RESUME may need to its retention: the event log (the resume window plus a margin,
 * never everything ever published) and gateway sessions' resume records. Run periodically by the
 * node's housekeeping.
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

    /**
     * Deletes resume records no RESUME can use: detached longer than {@code resumeWindow} ago, or
     * not saved for two windows (their owner, which refreshes them every half window, is gone).
     * Returns how many.
     */
    public int purgeResumeRecords(Duration resumeWindow) {
        var now = clock.instant();
        int total = 0;
        int deleted;
        do {
            deleted = storage.write(tx -> tx.resumeRecords().purge(now.minus(resumeWindow),
                    now.minus(resumeWindow.multipliedBy(2)), BATCH));
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
