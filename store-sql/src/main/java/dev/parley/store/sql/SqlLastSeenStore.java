package dev.parley.store.sql;

import dev.parley.store.user.LastSeenStore;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Last-seen times in {@code user_last_seen}, one row per user ever seen; the later time wins. */
final class SqlLastSeenStore implements LastSeenStore {
    private final Sql sql;

    SqlLastSeenStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void record(long userId, Instant at) {
        sql.execute(sql.update("""
                INSERT INTO user_last_seen (user_id, last_seen_at) VALUES (:user, :at)
                ON CONFLICT (user_id) DO UPDATE SET last_seen_at = excluded.last_seen_at
                 WHERE excluded.last_seen_at > user_last_seen.last_seen_at""")
                .bind("user", userId)
                .bind("at", at.toEpochMilli()));
    }

    @Override
    public Map<Long, Instant> of(Collection<Long> userIds) {
        Map<Long, Instant> found = new HashMap<>();
        for (List<Long> chunk : IdChunks.of(userIds.stream().distinct().sorted().toList())) {
            sql.list(sql.query("SELECT user_id, last_seen_at FROM user_last_seen WHERE user_id IN (<ids>)")
                    .bindList("ids", chunk), (rs, ctx) -> Map.entry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2))))
                    .forEach(e -> found.put(e.getKey(), e.getValue()));
        }
        return found;
    }
}
