package dev.parley.store.sql;

import dev.parley.store.ForwardingStorage;
import dev.parley.store.Storage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The real PostgreSQL server the PostgreSQL tests run against: {@code 127.0.0.1:5432} with trust
 * authentication as {@code postgres} (or {@code root}), or the server {@code PARLEY_TEST_POSTGRES}
 * names ({@code jdbc:postgresql://host:port/db?user=...}, a database to connect to for creating
 * others).
 *
 * <p>Strategy: one database per test JVM, {@code parley_test_<random>}, created and migrated on
 * first use and dropped when the JVM exits. The contract suites want a fresh, empty storage per
 * test; {@link #emptyStorage()} gives the one shared {@link PostgresStorage} after emptying every
 * table (milliseconds, where creating and migrating a database costs a second), wrapped so
 * that the suite's {@code close()} after each test leaves it open. Tests of opening and migrating
 * use {@link #createDatabase()} for databases of their own, as do other modules' integration tests
 * (this class ships in store-sql's test jar).
 *
 * <p>When the server is absent, every PostgreSQL test fails with a message naming it and how to
 * start it; none is skipped.
 */
public final class PostgresTestDatabase {
    static final String DEFAULT_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    static final int POOL_SIZE = 8;

    private static String url;
    private static PostgresStorage shared;

    private PostgresTestDatabase() {
    }

    /** The JDBC URL (with its user) of this JVM's test database, created and migrated on first call. */
    public static synchronized String url() {
        if (url == null) {
            url = createDatabase();
        }
        return url;
    }

    /** A fresh, empty storage on this JVM's test database; closing it leaves the shared pools open. */
    static Storage emptyStorage() {
        return new Unclosed(emptied());
    }

    /** This JVM's shared storage on the test database, emptied; callers must not close it. */
    static synchronized PostgresStorage emptied() {
        if (shared == null) {
            shared = PostgresStorage.open(url(), POOL_SIZE);
        }
        emptyAll(shared);
        return shared;
    }

    /** Creates an empty database (not migrated) and returns its JDBC URL with the user; it is dropped when the JVM exits. */
    public static String createDatabase() {
        String name = "parley_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        Admin admin = admin();
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + " on " + admin.url
                    + " as " + admin.user + ": " + e.getMessage(), e);
        }
        String created = admin.url.substring(0, admin.url.lastIndexOf('/') + 1) + name + "?user=" + admin.user;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(created)));
        return created;
    }

    /** Drops the database {@code databaseUrl} names, closing its connections first. */
    public static void drop(String databaseUrl) {
        String name = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1, databaseUrl.indexOf('?'));
        try (Connection c = admin().connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException | IllegalStateException e) {
            System.err.println("could not drop the test database " + name + ": " + e.getMessage());
        }
    }

    /**
     * Empties every table with DELETE, which on tables this small is several times faster than
     * TRUNCATE (that makes and syncs new files), and restarts the event log's positions.
     * {@code user_last_seen} goes first: its foreign key to users does not cascade.
     */
    private static void emptyAll(PostgresStorage storage) {
        storage.writer().useHandle(h -> {
            List<String> tables = h.createQuery("""
                    SELECT tablename FROM pg_tables
                     WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'
                     ORDER BY tablename <> 'user_last_seen', tablename""")
                    .mapTo(String.class).list();
            StringBuilder script = new StringBuilder();
            tables.forEach(t -> script.append("DELETE FROM ").append(t).append(";\n"));
            script.append("ALTER TABLE event_log ALTER COLUMN position RESTART;");
            h.createScript(script.toString()).execute();
        });
    }

    /** The server and the user that may create databases; found by trying, with a clear failure. */
    private record Admin(String url, String user) {
        Connection connect() throws SQLException {
            Properties props = new Properties();
            props.setProperty("user", user);
            props.setProperty("connectTimeout", "5");
            return DriverManager.getConnection(url, props);
        }
    }

    private static Admin admin() {
        String configured = System.getenv("PARLEY_TEST_POSTGRES");
        String adminUrl = configured == null || configured.isBlank() ? DEFAULT_ADMIN_URL : configured.strip();
        SQLException last = null;
        for (String user : List.of("postgres", "root")) {
            Admin admin = new Admin(adminUrl, user);
            try (Connection c = admin.connect()) {
                return admin;
            } catch (SQLException e) {
                last = e;
            }
        }
        throw new IllegalStateException("""
                The PostgreSQL tests need a PostgreSQL server at %s (trust authentication, user postgres or root), \
                and it did not answer: %s
                Start it (on Debian: `sudo service postgresql start` or `pg_ctlcluster 15 main start`), \
                or set PARLEY_TEST_POSTGRES to the JDBC URL of another server's maintenance database."""
                .formatted(adminUrl, last == null ? "no user tried" : last.getMessage()), last);
    }

    /** The shared storage, minus {@code close()}: each test's close must not end the others' pools. */
    private static final class Unclosed extends ForwardingStorage {
        Unclosed(PostgresStorage storage) {
            super(storage);
        }

        @Override
        public void close() {
        }
    }
}
