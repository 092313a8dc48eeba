package dev.parley.store.sql;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a batch of writes as one database transaction with one savepoint per write, on the writer
 * thread only:
 * <pre>
 * BEGIN (IMMEDIATE on SQLite)
 *   SAVEPOINT w; work 1; RELEASE SAVEPOINT w
 *   SAVEPOINT w; work 2 throws; ROLLBACK TO SAVEPOINT w; RELEASE SAVEPOINT w
 *   ...
 * COMMIT, then settle every write: its result, or its own exception
 * </pre>
 * This keeps each write's own promises while the batch shares one COMMIT (one fsync): a work that
 * throws leaves none of its writes (its savepoint is undone) and does not disturb its batch-mates;
 * works run one at a time and see each other's writes in order, as if serialized; nobody hears
 * of success before the COMMIT that makes their write durable has returned.
 *
 * <p>When the transaction itself is in doubt (a work threw an {@link Error}, a savepoint statement
 * failed, which is what happens when the database rolled the whole transaction back under us, or
 * the COMMIT failed), everything in it is rolled back, the connection is evicted from the pool,
 * and the works it ran are lost: their callers get {@code Unavailable}, or their own exception if
 * they threw. Writes still queued were never started, so the next transaction runs them (once).
 *
 * <p>Hence a rule for the schema: no deferred constraints ({@code DEFERRABLE INITIALLY DEFERRED}).
 * A deferred violation surfaces only at the shared COMMIT, where it fails every write of the batch
 * instead of the one that caused it.
 */
final class GroupCommitTransaction {
    private static final Logger log = LoggerFactory.getLogger(GroupCommitTransaction.class);

    private final Jdbi jdbi;
    private final HikariDataSource pool;
    private final Dialect dialect;
    private final LongAdder commits = new LongAdder();

    GroupCommitTransaction(Jdbi jdbi, HikariDataSource pool, Dialect dialect) {
        this.jdbi = jdbi;
        this.pool = pool;
        this.dialect = dialect;
    }

    /**
     * Runs {@code first}, then whatever {@code queue} holds, up to {@code maxBatch} writes in all,
     * in one transaction, and settles every write it ran. Stops early when the queue is empty, so
     * a lone write commits at once. If the transaction breaks, what is still queued stays queued
     * for the next one.
     */
    void run(GroupCommitWrite<?> first, WriteQueue queue, int maxBatch) {
        Handle handle;
        try {
            handle = jdbi.open();
        } catch (RuntimeException e) {
            first.lost("cannot reach the database to write", e);
            return;
        }
        try {
            handle.begin();
        } catch (RuntimeException e) {
            // No write lock (another process holds it past busy_timeout) or a dead connection.
            abandon(handle, e);
            first.lost("cannot start a write transaction", e);
            return;
        }
        List<GroupCommitWrite<?>> ran = new ArrayList<>();
        try {
            GroupCommitWrite<?> write = first;
            do {
                ran.add(write);
                runInSavepoint(handle, write);
            } while (ran.size() < maxBatch && (write = queue.poll()) != null);
            handle.commit();
        } catch (Throwable broken) {
            abandon(handle, broken);
            for (GroupCommitWrite<?> write : ran) {
                write.lost("the write transaction was rolled back", broken);
            }
            return;
        }
        commits.increment();
        close(handle);
        for (GroupCommitWrite<?> write : ran) {
            write.committed();
        }
    }

    /** How many transactions committed so far; for tests and diagnostics. */
    long commits() {
        return commits.sum();
    }

    /**
     * Runs one work inside its savepoint. Returns normally when the transaction can go on (the
     * work succeeded, or failed and was undone); throws when it cannot. Savepoints go through
     * plain JDBC rather than Jdbi statements: they run twice per write on the hot path.
     */
    private void runInSavepoint(Handle handle, GroupCommitWrite<?> write) throws SQLException {
        Connection connection = handle.getConnection();
        Savepoint savepoint = connection.setSavepoint("w");
        try {
            write.apply(new SqlTx(new Sql(handle, dialect)));
        } catch (Error e) {
            // Thrown anywhere, even inside the driver: trust nothing about the connection.
            write.failed(e);
            throw e;
        } catch (Throwable e) {
            // The same mapping the single-transaction path always had: Jdbi failures become typed.
            write.failed(e instanceof JdbiException jdbiFailure ? dialect.failure(jdbiFailure) : e);
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
            return;
        } finally {
            // A work may interrupt the thread it runs on; the writer thread must not carry that on.
            Thread.interrupted();
        }
        connection.releaseSavepoint(savepoint);
        write.released();
    }

    /** Rolls back what it can and throws the connection away: its state is unknown. */
    private void abandon(Handle handle, Throwable why) {
        log.warn("abandoning a write transaction: {}", why.toString());
        try {
            handle.rollback();
        } catch (RuntimeException e) {
            log.debug("rollback of an abandoned write transaction failed", e);
        }
        try {
            pool.evictConnection(handle.getConnection());
        } catch (RuntimeException e) {
            log.debug("cannot evict the writer connection", e);
        }
        close(handle);
    }

    private static void close(Handle handle) {
        try {
            handle.close();
        } catch (RuntimeException e) {
            log.debug("closing the writer handle failed", e);
        }
    }

}
