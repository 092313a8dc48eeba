package dev.parley.store.sql;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postgresql.util.PSQLException;

/**
 * PostgreSQL: failures are recognised by SQLSTATE. A unique violation ({@code 23505}) names the
 * constraint or unique index that clashed, and the migrations give every port key's constraint a
 * name, so the key is a lookup rather than a parse of the message.
 *
 * <p>Unlike SQLite, PostgreSQL ends a transaction at the first failed statement: after a {@code
 * Conflict}, every further statement of the same transaction fails. Work that catches a store
 * exception must therefore end its transaction (throw), not go on with it.
 */
enum PostgresDialect implements Dialect {
    INSTANCE;

    static final String UNIQUE_VIOLATION = "23505";

    /**
     * Failures after which the transaction was rolled back by the server and running the same
     * work again may succeed: {@code 40001} serialization failure (also what a unique violation
     * caused by a concurrent insert of a key the transaction had looked for becomes), {@code 40P01}
     * deadlock.
     */
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01");

    /** Constraint and index names (see the migrations) mapped to the keys the port Javadoc promises. */
    private static final Map<String, String> KEYS = Map.of(
            "users_username_unique", "username",
            "users_email_unique", "email",
            "members_unique", "member",
            "invites_unique", "invite",
            "refresh_tokens_unique", "refresh_token",
            "messages_client_msg_id", "client_msg_id",
            "conversations_dm_unique", "dm",
            "participants_unique", "participant");

    @Override
    public String migrations() {
        return "classpath:db/migration/postgresql";
    }

    @Override
    public Optional<String> conflictKey(SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return Optional.empty();
        }
        String constraint = e instanceof PSQLException psql && psql.getServerErrorMessage() != null
                ? psql.getServerErrorMessage().getConstraint()
                : null;
        if (constraint == null) {
            return Optional.of("unique");
        }
        return Optional.of(KEYS.getOrDefault(constraint, constraint));
    }

    /** True when {@code failure} or one of its causes says the transaction may simply be run again. */
    static boolean retryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && RETRYABLE.contains(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
