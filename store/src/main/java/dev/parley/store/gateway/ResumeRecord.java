package dev.parley.store.gateway;

import java.time.Instant;
import java.util.Objects;

/**
 * What a gateway node keeps in the database about one gateway session, so that a RESUME can be
 * served by any node (gateway.md §5, server note) and after a restart.
 *
 * <p>The record names a point the session passed through: it had assigned sequence numbers up to
 * {@code seq} to events up to log position {@code position}, and the client had acknowledged all
 * of them. Every later dispatch follows from the event log: the next event after {@code position}
 * that the session's user may receive gets {@code seq + 1}, and so on. A stale record is therefore
 * still exact, only further behind.
 *
 * @param sessionId      the gateway session id ({@code gw_…})
 * @param userId         whose session it is
 * @param loginSessionId the login session its tokens belong to
 * @param owner          the gateway process holding it in memory; only that process may save it
 * @param seq            the last acknowledged sequence number (0 before any)
 * @param position       the event-log position up to which {@code seq} accounts for every event
 * @param savedAt        when the owner last saved it
 * @param detachedAt     when its connection ended, or {@code null} while the owner holds one
 */
public record ResumeRecord(String sessionId, long userId, long loginSessionId, String owner, long seq,
                           long position, Instant savedAt, Instant detachedAt) {
    public ResumeRecord {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(savedAt, "savedAt");
        if (seq < 0 || position < 0) {
            throw new IllegalArgumentException("seq and position are never negative");
        }
    }
}
