package dev.parley.store.sql;

import static dev.parley.store.sql.Columns.instant;
import static dev.parley.store.sql.Columns.nullableLong;

import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.Participant;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementContext;

/** Row mappers for {@code conversations} (kind stored as its enum name) and {@code participants}. */
final class ConversationRows {
    static final String COLUMNS = "id, kind, name, owner_id, dm_key, created_at, last_activity_at";
    static final String PARTICIPANT_COLUMNS = "conversation_id, user_id, joined_at";

    private ConversationRows() {
    }

    static Conversation conversation(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Conversation(
                rs.getLong("id"),
                Conversation.Kind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                nullableLong(rs, "owner_id"),
                rs.getString("dm_key"),
                instant(rs, "created_at"),
                instant(rs, "last_activity_at"));
    }

    static Participant participant(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Participant(rs.getLong("conversation_id"), rs.getLong("user_id"), instant(rs, "joined_at"));
    }
}
