package dev.parley.store.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the write-ahead log back into the database file off the writer's path.
 *
 * <p>Why: by default SQLite checkpoints inside the COMMIT that takes the log past 1,000 pages, on
 * the committing connection; here that is the single writer, so every send queued behind such a
 * commit waited for up to 4 MB of page copies and an fsync of the database file (the gateway
 * benchmark's latency p99 fell from 1.4 s to 0.4 s at 500 messages/s with checkpoints off the
 * writer). The writer connection therefore runs with {@code wal_autocheckpoint=0}, and this
 * thread runs {@code PRAGMA wal_checkpoint(PASSIVE)} on a connection of its own every
 * {@link #INTERVAL}. A passive checkpoint never takes the writer's lock and never waits for
 * readers: the writer keeps appending meanwhile, and a commit stays durable the moment it is in
 * the log ({@code synchronous=FULL}). The log is reused from its start by the first write after a
 * checkpoint that caught up, as it was with automatic checkpoints; closing the last connection
 * checkpoints whatever is left.
 */
final class SqliteCheckpointer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SqliteCheckpointer.class);
    static final Duration INTERVAL = Duration.ofMillis(200);

    private final Connection connection;
    private final ScheduledExecutorService thread;

    private SqliteCheckpointer(Connection connection, String name) {
        this.connection = connection;
        this.thread = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).daemon().factory());
    }

    /** Opens its connection from {@code dataSource} and starts checkpointing. */
    static SqliteCheckpointer start(DataSource dataSource, String name) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the checkpoint connection", e);
        }
        SqliteCheckpointer checkpointer = new SqliteCheckpointer(connection, name);
        checkpointer.thread.scheduleWithFixedDelay(checkpointer::checkpoint, INTERVAL.toMillis(), INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
        return checkpointer;
    }

    /** One passive checkpoint; a failure is logged and the next one tries again. */
    void checkpoint() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException e) {
            log.warn("WAL checkpoint failed (retrying in {})", INTERVAL, e);
        }
    }

    /** Stops checkpointing and closes the connection; idempotent. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("closing the checkpoint connection failed", e);
        }
    }
}
