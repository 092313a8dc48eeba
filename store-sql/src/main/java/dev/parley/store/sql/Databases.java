package dev.parley.store.sql;

import dev.parley.store.Storage;
import java.nio.file.Path;

/**
 * Opens the {@link Storage} a database URL names, picking the dialect from the URL:
 * {@code jdbc:sqlite:FILE} is the embedded SQLite database in that file ({@link SqlStorage}, group
 * commit on one writer thread); {@code jdbc:postgresql://...}, {@code postgresql://...} and
 * {@code postgres://...} are a PostgreSQL server ({@link PostgresStorage}, concurrent writers).
 */
public final class Databases {
    private static final String SQLITE = "jdbc:sqlite:";

    private Databases() {
    }

    /** True when {@link #open} knows what {@code url} names. */
    public static boolean supports(String url) {
        return url.startsWith(SQLITE) || PostgresUrl.accepts(url);
    }

    /** True for the PostgreSQL URL forms. */
    public static boolean isPostgres(String url) {
        return PostgresUrl.accepts(url);
    }

    /**
     * Opens and migrates the database at {@code url}. {@code poolSize} bounds PostgreSQL's writer
     * and reader pools (each); SQLite ignores it (one writer and a few readers suit any load there).
     *
     * @throws IllegalArgumentException when the URL names no supported database
     * @throws dev.parley.store.StoreException.Unavailable when the database cannot be opened or migrated
     */
    public static Storage open(String url, int poolSize) {
        if (url.startsWith(SQLITE)) {
            return SqlStorage.sqlite(Path.of(url.substring(SQLITE.length())));
        }
        return PostgresStorage.open(url, poolSize);
    }
}
