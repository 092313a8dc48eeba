package dev.parley.store.sql;

import dev.parley.store.gateway.ResumeRecord;
import dev.parley.store.gateway.ResumeRecordStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Resume records in {@code gateway_sessions}, the same SQL on SQLite and PostgreSQL. Times in epoch milliseconds. */
final class SqlResumeRecordStore implements ResumeRecordStore {
    private static final String COLUMNS =
            "session_id, user_id, login_session_id, owner, seq, position, saved_at, detached_at";

    private final Sql sql;

    SqlResumeRecordStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Set<String> save(Collection<ResumeRecord> records) {
        Set<String> refused = new HashSet<>();
        for (ResumeRecord r : records) {
            int changed = sql.execute(sql.update("INSERT INTO gateway_sessions (" + COLUMNS + """
                    ) VALUES (:id, :user, :login, :owner, :seq, :position, :saved, :detached)
                    ON CONFLICT (session_id) DO UPDATE SET seq = excluded.seq, position = excluded.position,
                        saved_at = excluded.saved_at, detached_at = excluded.detached_at
                     WHERE gateway_sessions.owner = excluded.owner""")
                    .bind("id", r.sessionId())
                    .bind("user", r.userId())
                    .bind("login", r.loginSessionId())
                    .bind("owner", r.owner())
                    .bind("seq", r.seq())
                    .bind("position", r.position())
                    .bind("saved", r.savedAt().toEpochMilli())
                    .bind("detached", r.detachedAt() == null ? null : r.detachedAt().toEpochMilli()));
            if (changed == 0) {
                refused.add(r.sessionId());
            }
        }
        return refused;
    }

    @Override
    public Optional<ResumeRecord> find(String sessionId) {
        return sql.one(sql.query("SELECT " + COLUMNS + " FROM gateway_sessions WHERE session_id = :id")
                .bind("id", sessionId), (rs, ctx) -> record(rs));
    }

    @Override
    public boolean claim(String sessionId, String expectedOwner, String newOwner) {
        return sql.execute(sql.update("UPDATE gateway_sessions SET owner = :new WHERE session_id = :id AND owner = :expected")
                .bind("id", sessionId)
                .bind("expected", expectedOwner)
                .bind("new", newOwner)) == 1;
    }

    @Override
    public void delete(Collection<String> sessionIds, String owner) {
        for (List<String> chunk : IdChunks.of(List.copyOf(sessionIds))) {
            sql.execute(sql.update("DELETE FROM gateway_sessions WHERE owner = :owner AND session_id IN (<ids>)")
                    .bind("owner", owner)
                    .bindList("ids", chunk));
        }
    }

    @Override
    public int purge(Instant detachedCutoff, Instant savedCutoff, int limit) {
        return sql.execute(sql.update("""
                        DELETE FROM gateway_sessions WHERE session_id IN (
                            SELECT session_id FROM gateway_sessions
                            WHERE detached_at < :detached OR saved_at < :saved
                            LIMIT :limit)""")
                .bind("detached", detachedCutoff.toEpochMilli())
                .bind("saved", savedCutoff.toEpochMilli())
                .bind("limit", limit));
    }

    private static ResumeRecord record(ResultSet rs) throws SQLException {
        long detached = rs.getLong(8);
        Instant detachedAt = rs.wasNull() ? null : Instant.ofEpochMilli(detached);
        return new ResumeRecord(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                rs.getLong(6), Instant.ofEpochMilli(rs.getLong(7)), detachedAt);
    }
}
