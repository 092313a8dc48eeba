package dev.parley.store.sql;

import static dev.parley.store.sql.Columns.instant;

import dev.parley.domain.readstate.ReadState;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementContext;

/** Row mapper for {@code read_states}. */
final class ReadStateRows {
    static final String COLUMNS = "user_id, channel_id, read_seq, read_message_id, delivered_seq, updated_at";

    private ReadStateRows() {
    }

    static ReadState readState(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ReadState(
                rs.getLong("user_id"),
                rs.getLong("channel_id"),
                rs.getLong("read_seq"),
                rs.getLong("read_message_id"),
                rs.getLong("delivered_seq"),
                instant(rs, "updated_at"));
    }
}
