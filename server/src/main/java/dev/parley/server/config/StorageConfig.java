package dev.parley.server.config;

import java.nio.file.Path;

/**
 * Where data lives.
 *
 * @param dataDir directory for the SQLite database and local files; a relative path is relative
 *     to the working directory of the process
 * @param databaseUrl a {@code jdbc:sqlite:} URL, or empty for the SQLite file {@code <data-dir>/parley.db}
 *     (see {@link #jdbcUrl()})
 */
public record StorageConfig(Path dataDir, String databaseUrl) {
    private static final String SQLITE = "jdbc:sqlite:";

    public StorageConfig {
        if (Check.present("storage.data-dir", dataDir).toString().isBlank()) {
            throw new ConfigException("storage.data-dir", "must not be empty");
        }
        databaseUrl = Check.present("storage.database-url", databaseUrl).strip();
        // The URL may hold a password: the messages below never echo it.
        if (databaseUrl.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("storage.database-url", "PostgreSQL is not supported yet;"
                    + " use a jdbc:sqlite: URL or leave it empty for <data-dir>/parley.db");
        }
        if (!databaseUrl.isEmpty() && !databaseUrl.startsWith(SQLITE)) {
            throw new ConfigException("storage.database-url",
                    "must start with jdbc:sqlite: (or be empty for <data-dir>/parley.db)");
        }
    }

    public static StorageConfig defaults() {
        return new StorageConfig(Path.of("./data"), "");
    }

    static StorageConfig read(ConfigSource in) {
        StorageConfig d = defaults();
        return new StorageConfig(
                in.path("storage.data-dir", d.dataDir),
                in.string("storage.database-url", d.databaseUrl));
    }

    /** The JDBC URL to connect to: {@link #databaseUrl()}, or the SQLite file in the data directory. */
    public String jdbcUrl() {
        return databaseUrl.isEmpty() ? SQLITE + dataDir.resolve("parley.db") : databaseUrl;
    }
}
