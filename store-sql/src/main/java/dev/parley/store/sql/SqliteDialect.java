package dev.parley.store.sql;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite: unique violations are recognised by their extended result code and named by the
 * columns SQLite lists in the message ({@code "UNIQUE constraint failed: users.username_canonical"}),
 * because SQLite does not report constraint names.
 */
enum SqliteDialect implements Dialect {
    INSTANCE;

    /** Column lists as SQLite prints them, mapped to the keys the port Javadoc promises. */
    private static final Map<String, String> KEYS = Map.of(
            "users.username_canonical", "username",
            "users.email_canonical", "email",
            "members.community_id, members.user_id", "member",
            "invites.code", "invite",
            "refresh_tokens.hash", "refresh_token",
            "messages.author_id, messages.client_msg_id", "client_msg_id",
            "conversations.dm_key", "dm",
            "participants.conversation_id, participants.user_id", "participant");

    private static final String MARKER = "constraint failed: ";

    @Override
    public String migrations() {
        return "classpath:db/migration/sqlite";
    }

    @Override
    public Optional<String> conflictKey(SQLException e) {
        if (!(e instanceof SQLiteException sqlite)) {
            return Optional.empty();
        }
        SQLiteErrorCode code = sqlite.getResultCode();
        if (code != SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                && code != SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY) {
            return Optional.empty();
        }
        String columns = columnsOf(String.valueOf(e.getMessage()));
        return Optional.of(KEYS.getOrDefault(columns, columns));
    }

    /**
     * "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: t.a, t.b)"
     * gives "t.a, t.b".
     */
    private static String columnsOf(String message) {
        int start = message.lastIndexOf(MARKER);
        if (start < 0) {
            return message;
        }
        String rest = message.substring(start + MARKER.length());
        int end = rest.indexOf(')');
        return (end < 0 ? rest : rest.substring(0, end)).strip();
    }
}
