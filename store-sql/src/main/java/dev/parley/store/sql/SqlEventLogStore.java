package dev.parley.store.sql;

import dev.parley.store.event.EventLogStore;
import dev.parley.store.event.LoggedEvent;
import java.time.Instant;
import java.util.List;

/**
 * The log in {@code event_log}. Positions come from AUTOINCREMENT, which never reuses one; the
 * single writer makes them follow commit order (see the port).
 */
final class SqlEventLogStore implements EventLogStore {
    private final Sql sql;

    SqlEventLogStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long append(String audience, String type, byte[] payload, Instant at) {
        return sql.one(sql.query("""
                        INSERT INTO event_log (audience, type, payload, created_at)
                        VALUES (:audience, :type, :payload, :at) RETURNING position""")
                .bind("audience", audience)
                .bind("type", type)
                .bind("payload", payload)
                .bind("at", at.toEpochMilli()), (rs, ctx) -> rs.getLong(1)).orElseThrow();
    }

    @Override
    public List<LoggedEvent> after(long position, int limit) {
        return sql.list(sql.query("""
                        SELECT position, audience, type, payload, created_at FROM event_log
                        WHERE position > :after ORDER BY position LIMIT :limit""")
                .bind("after", position)
                .bind("limit", limit), (rs, ctx) -> new LoggedEvent(rs.getLong("position"), rs.getString("audience"),
                        rs.getString("type"), rs.getBytes("payload"), Instant.ofEpochMilli(rs.getLong("created_at"))));
    }

    @Override
    public long head() {
        return sql.one(sql.query("SELECT COALESCE(MAX(position), 0) FROM event_log"), (rs, ctx) -> rs.getLong(1))
                .orElse(0L);
    }

    @Override
    public long tail() {
        return sql.one(sql.query("SELECT MIN(position) FROM event_log"), (rs, ctx) -> {
            long min = rs.getLong(1);
            return rs.wasNull() ? null : min;
        }).orElseGet(() -> head() + 1);
    }

    @Override
    public int purgeBefore(Instant cutoff, int limit) {
        // Oldest first by position (the primary key): the scan stops after `limit` rows.
        return sql.execute(sql.update("""
                        DELETE FROM event_log WHERE position IN (
                            SELECT position FROM event_log
                            WHERE created_at < :cutoff AND position < (SELECT MAX(position) FROM event_log)
                            ORDER BY position LIMIT :limit)""")
                .bind("cutoff", cutoff.toEpochMilli())
                .bind("limit", limit));
    }
}
