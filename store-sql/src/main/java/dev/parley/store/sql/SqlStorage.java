package dev.parley.store.sql;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.store.Storage;
import dev.parley.store.StoreException;
import dev.parley.store.Tx;
import java.nio.file.Path;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Storage} over JDBC. Writes run on their own pool and reads on another, so a dialect can
 * give writes the locking it needs (SQLite: one connection, {@code BEGIN IMMEDIATE}) without
 * making reads wait for it. Each {@link #write} or {@link #read} is one transaction on one
 * {@link org.jdbi.v3.core.Handle}: it commits when {@code work} returns and rolls back when it
 * throws, and the exception propagates unchanged unless it came from the database, in which case
 * it becomes {@link StoreException.Conflict} (unique violation) or {@link
 * StoreException.Unavailable}. Transactions do not nest: calling {@code write} from inside
 * {@code write} waits for the writer connection its own caller holds (SQLite: up to 30 s) and then
 * fails as unavailable.
 */
public final class SqlStorage implements Storage {
    private static final Logger log = LoggerFactory.getLogger(SqlStorage.class);

    private final Dialect dialect;
    private final HikariDataSource writes;
    private final HikariDataSource reads;
    private final Jdbi writer;
    private final Jdbi reader;

    SqlStorage(Dialect dialect, HikariDataSource writes, HikariDataSource reads) {
        this.dialect = dialect;
        this.writes = writes;
        this.reads = reads;
        this.writer = jdbi(writes);
        this.reader = jdbi(reads);
    }

    private static Jdbi jdbi(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        // Bound values include password and token hashes: failures name the statement, never its arguments.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(e -> e.getStatementContext() == null
                ? e.getShortMessage()
                : e.getShortMessage() + " [statement: " + e.getStatementContext().getRawSql().strip() + "]");
        return jdbi;
    }

    /**
     * Opens (creating it and its parent directories if needed) the SQLite database in
     * {@code file} and migrates it to the newest schema. See {@link SqliteConnections} for the
     * connection strategy.
     *
     * @throws StoreException.Unavailable if the file cannot be opened or migrated
     */
    public static SqlStorage sqlite(Path file) {
        return SqliteConnections.open(file);
    }

    @Override
    public <T> T write(Function<Tx, T> work) {
        return inTransaction(writer, work);
    }

    /** Runs on a read-only connection; the snapshot is taken at the first statement. */
    @Override
    public <T> T read(Function<Tx, T> work) {
        return inTransaction(reader, work);
    }

    @Override
    public boolean reachable() {
        try {
            return reader.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            log.debug("database not reachable", e);
            return false;
        }
    }

    /** Closes both pools; idempotent. Later calls fail as unavailable. */
    @Override
    public void close() {
        reads.close();
        writes.close();
    }

    /** The writer's Jdbi, outside the port: for diagnostics and backend-specific tests. */
    Jdbi writer() {
        return writer;
    }

    /** The readers' Jdbi, outside the port: for diagnostics and backend-specific tests. */
    Jdbi reader() {
        return reader;
    }

    private <T> T inTransaction(Jdbi jdbi, Function<Tx, T> work) {
        try {
            return jdbi.inTransaction(handle -> work.apply(new SqlTx(new Sql(handle, dialect))));
        } catch (JdbiException e) {
            throw dialect.failure(e);
        }
    }

    /**
     * Brings the database behind {@code dataSource} to the newest schema of {@code dialect}.
     * Applied migrations are recorded by Flyway and never run twice.
     */
    static void migrate(Dialect dialect, DataSource dataSource, String name) {
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(dialect.migrations())
                    .failOnMissingLocations(true)
                    .load();
            int applied = flyway.migrate().migrationsExecuted;
            MigrationInfo current = flyway.info().current();
            log.info("{}: schema version {} ({} migrations applied now)",
                    name, current == null ? "none" : current.getVersion(), applied);
        } catch (FlywayException e) {
            throw new StoreException.Unavailable("cannot migrate " + name + ": " + e.getMessage(), e);
        }
    }
}
