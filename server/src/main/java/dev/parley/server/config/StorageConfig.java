package dev.parley.server.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Where data lives.
 *
 * @param dataDir directory for the SQLite database and local files (the token signing key lives
 *     here on PostgreSQL too); a relative path is relative to the working directory of the process
 * @param databaseUrl empty for the SQLite file {@code <data-dir>/parley.db}, a {@code jdbc:sqlite:}
 *     URL, or a PostgreSQL URL: {@code jdbc:postgresql://host[:port]/database[?params]} or
 *     {@code postgresql://[user[:password]@]host[:port]/database[?params]} ({@code postgres://} too);
 *     see {@link #jdbcUrl()}
 * @param poolSize PostgreSQL connections per pool, 1..1000: a node opens up to this many for writes
 *     and as many for reads; SQLite ignores it
 */
public record StorageConfig(Path dataDir, String databaseUrl, int poolSize) {
    private static final String SQLITE = "jdbc:sqlite:";
    private static final String KEY = "storage.database-url";

    public StorageConfig {
        if (Check.present("storage.data-dir", dataDir).toString().isBlank()) {
            throw new ConfigException("storage.data-dir", "must not be empty");
        }
        databaseUrl = Check.present(KEY, databaseUrl).strip();
        // The URL may hold a password: the messages below never echo it.
        if (!databaseUrl.isEmpty() && !databaseUrl.startsWith(SQLITE) && !isPostgres(databaseUrl)) {
            throw new ConfigException(KEY, "must start with jdbc:sqlite:, jdbc:postgresql://, postgresql:// or"
                    + " postgres:// (or be empty for <data-dir>/parley.db)");
        }
        if (databaseUrl.startsWith("postgresql://") || databaseUrl.startsWith("postgres://")) {
            requireHostAndDatabase(databaseUrl);
        }
        Check.between("storage.pool-size", poolSize, 1, 1000);
    }

    /** Convenience for the default pool size. */
    public StorageConfig(Path dataDir, String databaseUrl) {
        this(dataDir, databaseUrl, defaults().poolSize);
    }

    public static StorageConfig defaults() {
        return new StorageConfig(Path.of("./data"), "", 10);
    }

    static StorageConfig read(ConfigSource in) {
        StorageConfig d = defaults();
        return new StorageConfig(
                in.path("storage.data-dir", d.dataDir),
                in.string(KEY, d.databaseUrl),
                in.integer("storage.pool-size", d.poolSize));
    }

    /** The URL to connect to: {@link #databaseUrl()}, or the SQLite file in the data directory. */
    public String jdbcUrl() {
        return databaseUrl.isEmpty() ? SQLITE + dataDir.resolve("parley.db") : databaseUrl;
    }

    /** True when the database is a PostgreSQL server (cluster mode), false for embedded SQLite. */
    public boolean postgres() {
        return isPostgres(databaseUrl);
    }

    private static boolean isPostgres(String url) {
        return url.startsWith("jdbc:postgresql://") || url.startsWith("postgresql://") || url.startsWith("postgres://");
    }

    private static void requireHostAndDatabase(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ConfigException(KEY, "is not a valid URL (at index " + e.getIndex() + ")");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new ConfigException(KEY, "needs a host and a database: postgresql://[user[:password]@]host[:port]/database");
        }
    }
}
