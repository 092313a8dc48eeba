package dev.parley.store.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.parley.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Connections to one SQLite file.
 *
 * <p>Strategy: SQLite allows one writer at a time and, in WAL mode, any number of readers
 * alongside it. So there are two pools. The writer pool holds exactly one connection, used by
 * {@link SqlStorage}'s single writer thread (see {@link GroupCommitWriter}); its transactions
 * start with {@code BEGIN IMMEDIATE}: writes queue in Java (a write not taken by the writer within
 * {@link #WRITE_WAIT} fails as unavailable) instead of racing for SQLite's lock, and a transaction
 * never has to upgrade a read lock to a write lock, which is what deadlocks deferred transactions
 * ({@code SQLITE_BUSY} that no timeout can resolve). Because {@code synchronous=FULL} makes every
 * COMMIT an fsync, the writer runs the writes queued meanwhile in one transaction, a savepoint
 * each, and commits them together. The reader pool holds a few connections with deferred
 * transactions and {@code query_only}, so reads never take the write lock and never wait for a
 * writer; each read transaction sees the snapshot of its first statement.
 * {@code busy_timeout} only matters when another process opens the same file.
 *
 * <p>The writer never checkpoints the write-ahead log itself ({@code wal_autocheckpoint=0}): a
 * {@link SqliteCheckpointer} does, on a connection of its own, so no commit waits for one.
 *
 * <p>Every connection runs with {@code journal_mode=WAL}, {@code synchronous=FULL} (a commit is
 * on disk before {@code write} returns) and {@code foreign_keys=ON} (the schema's cascades). The
 * driver's JDBC generated keys are off: with them on, it matches every statement's text against a
 * pattern after running it and follows every INSERT with {@code SELECT last_insert_rowid()}, and
 * no store asks for them (ids come from the application; {@code RETURNING} gives what a write needs).
 */
final class SqliteConnections {
    static final int READERS = 4;
    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);
    static final Duration WRITE_WAIT = Duration.ofSeconds(30);

    private SqliteConnections() {
    }

    /** Opens {@code file}, migrated; {@code maxBatch} bounds the writes per commit (1: no group commit). */
    static SqlStorage open(Path file, int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1: " + maxBatch);
        }
        Path path = file.toAbsolutePath();
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new StoreException.Unavailable("cannot create the directory of " + path, e);
        }
        String url = "jdbc:sqlite:" + path;
        // Migrate on plain connections before any pool exists: Flyway wants a connection of its own.
        SqlStorage.migrate(SqliteDialect.INSTANCE, dataSource(url, SQLiteConfig.TransactionMode.DEFERRED),
                path.toString());
        HikariDataSource writes = pool("parley-sqlite-writer", url, SQLiteConfig.TransactionMode.IMMEDIATE, 1,
                "PRAGMA wal_autocheckpoint = 0");
        try {
            HikariDataSource reads = pool("parley-sqlite-reader", url, SQLiteConfig.TransactionMode.DEFERRED,
                    READERS, "PRAGMA query_only = ON");
            SqliteCheckpointer checkpointer;
            try {
                checkpointer = SqliteCheckpointer.start(dataSource(url, SQLiteConfig.TransactionMode.DEFERRED),
                        "parley-sqlite-checkpoint");
            } catch (RuntimeException e) {
                reads.close();
                throw e;
            }
            return new SqlStorage(SqliteDialect.INSTANCE, writes, reads, maxBatch, WRITE_WAIT, checkpointer);
        } catch (RuntimeException e) {
            writes.close();
            throw e;
        }
    }

    private static HikariDataSource pool(String name, String url, SQLiteConfig.TransactionMode mode,
                                         int size, String initSql) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDataSource(dataSource(url, mode));
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(WRITE_WAIT.toMillis());
        if (initSql != null) {
            config.setConnectionInitSql(initSql);
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException.Unavailable("cannot open " + url, e);
        }
    }

    private static SQLiteDataSource dataSource(String url, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) BUSY_TIMEOUT.toMillis());
        config.setTransactionMode(mode);
        config.setGetGeneratedKeys(false);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        return dataSource;
    }
}
