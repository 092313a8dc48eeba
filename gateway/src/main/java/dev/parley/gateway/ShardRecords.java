package dev.parley.gateway;

import dev.parley.store.gateway.ResumeRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One shard's resume-record bookkeeping (gateway.md §5, server note): which records to save at a
 * sweep, which to delete, and the records themselves. Owned by the {@link Shard}'s thread.
 */
final class ShardRecords {
    private static final Logger log = LoggerFactory.getLogger(ShardRecords.class);

    private final Shard shard;
    private final Hub hub;
    private final GatewayFacts facts;
    private final long refreshMillis;
    /** When every session's record is next saved even if unchanged (every half resume window). */
    private long nextRefreshMillis;
    /** Sessions ended since the last sweep, whose resume records are to be deleted. */
    private final List<String> ended = new ArrayList<>();

    ShardRecords(Shard shard, Hub hub, GatewayFacts facts, GatewayConfig config) {
        this.shard = shard;
        this.hub = hub;
        this.facts = facts;
        this.refreshMillis = Math.max(1_000, config.resumeWindow().toMillis() / 2);
    }

    /** A session ended for good: its record, if one was ever saved, is deleted at the next sweep. */
    void ended(Session session) {
        if (session.recordSaved) { // a record never saved has nothing to delete
            ended.add(session.id);
        }
    }

    /**
     * Hands the records that changed (or that were not refreshed for half a resume window, so
     * housekeeping never takes a live one for a dead process's) to the hub's writer, with the ids
     * of sessions that ended. {@code cursor} is the shard's last routed log position.
     */
    void save(Collection<Session> sessions, long cursor, long now) {
        boolean refresh = now >= nextRefreshMillis;
        if (refresh) {
            nextRefreshMillis = now + refreshMillis;
        }
        List<ResumeRecord> due = new ArrayList<>();
        for (Session session : sessions) {
            if (session.recordDirty || refresh) {
                due.add(record(session, cursor, now, session.connection == null ? session.detachedAtMillis : 0));
                session.recordDirty = false;
                session.recordSaved = true;
            }
        }
        if (!due.isEmpty() || !ended.isEmpty()) {
            hub.saveRecords(shard, due, List.copyOf(ended));
            ended.clear();
        }
    }

    /** On an orderly stop: every session's record, detached now, written before the connections close. */
    void saveAllDetached(Collection<Session> sessions, long cursor, long now) {
        List<ResumeRecord> all = new ArrayList<>();
        for (Session session : sessions) {
            all.add(record(session, cursor, now, session.connection == null ? session.detachedAtMillis : now));
        }
        try {
            facts.saveResumeRecords(all);
            facts.deleteResumeRecords(List.copyOf(ended), hub.owner());
        } catch (RuntimeException e) {
            log.warn("could not save {} resume records on stopping; those sessions will resync", all.size(), e);
        }
    }

    /** @param detachedAtMillis when its connection ended; 0 while it has one */
    private ResumeRecord record(Session session, long cursor, long now, long detachedAtMillis) {
        return new ResumeRecord(session.id, session.userId, session.loginSessionId, hub.owner(), session.recordSeq(),
                session.recordPosition(cursor), Instant.ofEpochMilli(now),
                detachedAtMillis == 0 ? null : Instant.ofEpochMilli(detachedAtMillis));
    }
}
