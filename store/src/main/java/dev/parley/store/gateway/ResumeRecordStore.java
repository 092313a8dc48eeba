package dev.parley.store.gateway;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Gateway sessions' {@link ResumeRecord}s, one per session id. A record belongs to one gateway
 * process at a time, its {@code owner}: a save from any other process is refused, so a node that
 * lost a session to another (which {@link #claim}ed it for a RESUME) learns it at its next save and
 * never writes over the new owner's record.
 */
public interface ResumeRecordStore {
    /**
     * Inserts or replaces each record, unless the stored one has another owner; returns the ids of
     * those refused for that reason.
     */
    Set<String> save(Collection<ResumeRecord> records);

    Optional<ResumeRecord> find(String sessionId);

    /**
     * Makes {@code newOwner} the owner if the record is still owned by {@code expectedOwner};
     * returns whether it did. Nothing else of the record changes.
     */
    boolean claim(String sessionId, String expectedOwner, String newOwner);

    /** Deletes these records where {@code owner} still owns them. */
    void delete(Collection<String> sessionIds, String owner);

    /**
     * Deletes records that can no longer be resumed: detached before {@code detachedCutoff}, or
     * saved before {@code savedCutoff} (an owner refreshes the records it holds, so an older one
     * belonged to a process that is gone). At most {@code limit}; returns how many.
     */
    int purge(Instant detachedCutoff, Instant savedCutoff, int limit);
}
