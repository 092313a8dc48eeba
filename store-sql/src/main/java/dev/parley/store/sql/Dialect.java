package dev.parley.store.sql;

import dev.parley.store.StoreException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What differs between the databases Parley runs on in what statements report. Every statement in
 * the {@code Sql*Store} classes is portable SQL (named parameters, {@code LIMIT}, no vendor
 * functions); what cannot be portable lives here, one implementation per database, beside one
 * migration folder per database. (How transactions run differs too, which is the storage
 * class's business: {@link SqlStorage} for SQLite, {@link PostgresStorage} for PostgreSQL.)
 */
sealed interface Dialect permits SqliteDialect, PostgresDialect {
    /** The Flyway location of this dialect's migrations ({@code db/migration/<dialect>}). */
    String migrations();

    /**
     * The port's conflict key ({@code "username"}, {@code "member"}, ...) when {@code e} reports a
     * unique-constraint violation, else empty. Unknown unique keys are still reported, named by
     * whatever the database says, so a duplicate never looks like an outage.
     */
    Optional<String> conflictKey(SQLException e);

    /**
     * Turns a driver or Jdbi failure into the typed error the ports promise: {@link
     * StoreException.Conflict} for unique violations, {@link StoreException.Unavailable} for
     * everything else the database reports. The original failure is kept as the cause.
     */
    default StoreException failure(Exception e) {
        if (e instanceof StoreException known) {
            return known;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                Optional<String> key = conflictKey(sql);
                if (key.isPresent()) {
                    StoreException conflict = new StoreException.Conflict(key.get());
                    conflict.initCause(e);
                    return conflict;
                }
            }
        }
        return new StoreException.Unavailable("database failure: " + e.getMessage(), e);
    }
}
