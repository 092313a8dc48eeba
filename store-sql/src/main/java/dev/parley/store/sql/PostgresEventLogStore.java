package dev.parley.store.sql;

import dev.parley.store.event.EventLogStore;
import dev.parley.store.event.LoggedEvent;
import java.time.Instant;
import java.util.List;

/**
 * The event log on PostgreSQL: {@link SqlEventLogStore} for everything but {@link #append}.
 *
 * <p>The port promises positions in commit order: once a reader sees position p, no lower
 * position commits later. Positions come from a sequence, which hands them out in call order, and
 * writers commit concurrently, so the append first takes a transaction-scoped advisory lock
 * ({@link #LOCK}) and only then draws its position. The lock is held until the transaction ends,
 * and PostgreSQL releases a committing transaction's locks only after its commit is visible, so
 * positions become visible in the order they were drawn; {@code head()} as {@code MAX(position)}
 * of a snapshot is then a point below which nothing is missing. The price: transactions that log
 * events commit one at a time from their first append on (appends come last in a mutation, see
 * core's {@code Mutations}, so the lock is held for the appends and the COMMIT only).
 */
final class PostgresEventLogStore implements EventLogStore {
    /** The advisory lock key of the event log: any constant, per database ("parley:event_log"). */
    static final long LOCK = 0x7061726c65790001L;

    private final Sql sql;
    private final SqlEventLogStore portable;

    PostgresEventLogStore(Sql sql) {
        this.sql = sql;
        this.portable = new SqlEventLogStore(sql);
    }

    @Override
    public long append(String audience, String type, byte[] payload, Instant at) {
        // Re-entrant: a transaction that logs several events takes it several times, released at its end.
        sql.one(sql.query("SELECT pg_advisory_xact_lock(:key)").bind("key", LOCK), (rs, ctx) -> 0);
        return portable.append(audience, type, payload, at);
    }

    @Override
    public List<LoggedEvent> after(long position, int limit) {
        return portable.after(position, limit);
    }

    @Override
    public long head() {
        return portable.head();
    }

    @Override
    public long tail() {
        return portable.tail();
    }

    @Override
    public int purgeBefore(Instant cutoff, int limit) {
        return portable.purgeBefore(cutoff, limit);
    }
}
