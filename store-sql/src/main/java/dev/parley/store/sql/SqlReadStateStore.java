package dev.parley.store.sql;

import static dev.parley.store.sql.Columns.millis;

import dev.parley.domain.readstate.ReadState;
import dev.parley.store.readstate.ReadStateStore;
import java.util.List;
import java.util.Optional;

/**
 * Read states, one row per (user, channel). {@link #put} is a single upsert and stores what it is
 * given: keeping the positions monotonic is the caller's rule, not the store's.
 */
final class SqlReadStateStore implements ReadStateStore {
    private static final String SELECT = "SELECT " + ReadStateRows.COLUMNS + " FROM read_states ";

    private final Sql sql;

    SqlReadStateStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<ReadState> get(long userId, long channelId) {
        return sql.one(sql.query(SELECT + "WHERE user_id = :user AND channel_id = :channel")
                .bind("user", userId)
                .bind("channel", channelId), ReadStateRows::readState);
    }

    @Override
    public void put(ReadState state) {
        sql.execute(sql.update("""
                INSERT INTO read_states (user_id, channel_id, read_seq, read_message_id, delivered_seq, updated_at)
                VALUES (:user, :channel, :read_seq, :read_message_id, :delivered_seq, :updated_at)
                ON CONFLICT (user_id, channel_id) DO UPDATE
                   SET read_seq = excluded.read_seq, read_message_id = excluded.read_message_id,
                       delivered_seq = excluded.delivered_seq, updated_at = excluded.updated_at""")
                .bind("user", state.userId())
                .bind("channel", state.channelId())
                .bind("read_seq", state.readSeq())
                .bind("read_message_id", state.readMessageId())
                .bind("delivered_seq", state.deliveredSeq())
                .bind("updated_at", millis(state.updatedAt())));
    }

    @Override
    public List<ReadState> ofChannel(long channelId) {
        return sql.list(sql.query(SELECT + "WHERE channel_id = :channel ORDER BY user_id")
                .bind("channel", channelId), ReadStateRows::readState);
    }

    @Override
    public List<ReadState> ofUser(long userId) {
        return sql.list(sql.query(SELECT + "WHERE user_id = :user ORDER BY channel_id")
                .bind("user", userId), ReadStateRows::readState);
    }
}
