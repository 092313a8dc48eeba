package dev.parley.store.sql;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.store.Storage;
import dev.parley.store.StoreException;
import dev.parley.store.Tx;
import java.nio.file.Path;
import java.time.Duration;
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
 * making reads wait for it.
 *
 * <p>Writes go through a {@link GroupCommitWriter}: one writer thread runs every write, and the
 * writes queued while it commits share the next transaction, each inside a savepoint of its own,
 * so many concurrent writes cost one COMMIT (one fsync) instead of one each. Each {@link #write}
 * still behaves as its own transaction: it is atomic (if {@code work} throws, its savepoint is
 * undone, its batch-mates are not affected, and the exception propagates unchanged to its caller),
 * writes run one at a time, and {@code write} returns only after the COMMIT carrying it is
 * durable. Exceptions from the database become {@link StoreException.Conflict} (unique violation)
 * or {@link StoreException.Unavailable}; a write whose transaction cannot commit fails as {@code
 * Unavailable}. Transactions do not nest: {@code write} from inside a write fails at once with
 * {@link IllegalStateException}.
 *
 * <p>Each {@link #read} is one transaction on one {@link org.jdbi.v3.core.Handle} from the reader
 * pool; it rolls back when {@code work} throws, with the same exception mapping. Reader
 * connections and the writer connection keep their prepared statements ({@link CachedStatements},
 * one cache each): every write of a send runs the same few statements, and compiling them again
 * cost the writer thread about as much as running them.
 */
public final class SqlStorage implements Storage {
    private static final Logger log = LoggerFactory.getLogger(SqlStorage.class);

    private final AutoCloseable background;
    private final Dialect dialect;
    private final HikariDataSource writes;
    private final HikariDataSource reads;
    private final Jdbi writer;
    private final Jdbi reader;
    private final CachedStatements readStatements = new CachedStatements();
    private final CachedStatements writeStatements = new CachedStatements();
    private final GroupCommitWriter groupCommit;

    /**
     * Takes over both pools and starts the writer thread. {@code maxBatch} bounds how many writes
     * share a commit ({@link GroupCommitWriter#MAX_BATCH} normally; 1 turns group commit off, for
     * measuring); {@code turnWait} bounds how long a write waits for the writer to take it.
     */
    SqlStorage(Dialect dialect, HikariDataSource writes, HikariDataSource reads, int maxBatch, Duration turnWait) {
        this(dialect, writes, reads, maxBatch, turnWait, () -> { });
    }

    /** @param background work of the backend beside the pools (SQLite's checkpoints), stopped first on close */
    SqlStorage(Dialect dialect, HikariDataSource writes, HikariDataSource reads, int maxBatch, Duration turnWait,
               AutoCloseable background) {
        this.background = background;
        this.dialect = dialect;
        this.writes = writes;
        this.reads = reads;
        this.writer = jdbi(writes).setStatementBuilderFactory(writeStatements);
        this.reader = jdbi(reads).setStatementBuilderFactory(readStatements);
        this.groupCommit = GroupCommitWriter.start(writes.getPoolName(),
                new GroupCommitTransaction(writer, writes, dialect), maxBatch, turnWait);
    }

    static Jdbi jdbi(DataSource dataSource) {
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
        return SqliteConnections.open(file, GroupCommitWriter.MAX_BATCH);
    }

    /** {@link #sqlite(Path)} with at most {@code maxBatch} writes per commit; 1 is the baseline without group commit. */
    static SqlStorage sqlite(Path file, int maxBatch) {
        return SqliteConnections.open(file, maxBatch);
    }

    /** Runs on the writer thread, sharing a commit with the writes queued alongside; see the class comment. */
    @Override
    public <T> T write(Function<Tx, T> work) {
        return groupCommit.write(work);
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

    /**
     * Fails the writes still queued as unavailable, lets the batch in progress commit, stops the
     * writer thread and closes both pools; idempotent. Later calls fail as unavailable.
     *
     * @throws IllegalStateException when called from inside a write
     */
    @Override
    public void close() {
        try {
            background.close();
        } catch (Exception e) {
            log.warn("stopping the storage's background work failed", e);
        }
        groupCommit.close();
        reads.close();
        writes.close();
    }

    /**
     * The writer's Jdbi, outside the port: for diagnostics and backend-specific tests. It shares
     * the one writer connection with the writer thread, so it waits while a batch runs.
     */
    Jdbi writer() {
        return writer;
    }

    /** The readers' Jdbi, outside the port: for diagnostics and backend-specific tests. */
    Jdbi reader() {
        return reader;
    }

    /** The statement cache of the reader connections: for diagnostics and tests. */
    CachedStatements readStatements() {
        return readStatements;
    }

    /** The statement cache of the writer connection: for diagnostics and tests. */
    CachedStatements writeStatements() {
        return writeStatements;
    }

    /** Writes queued for the writer thread and not yet taken: for diagnostics and tests. */
    int queuedWrites() {
        return groupCommit.queued();
    }

    /** Write transactions committed since open (each carries one or more writes): for diagnostics and tests. */
    long commits() {
        return groupCommit.commits();
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
