package dev.parley.store.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.parley.store.StoreException;
import java.time.Duration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Connections to one PostgreSQL database.
 *
 * <p>Strategy: PostgreSQL runs many writers at once, so there is no writer thread; instead two
 * HikariCP pools of up to {@code poolSize} connections each. Writer connections default to
 * {@code SERIALIZABLE}; reader connections are read-only and {@code REPEATABLE READ} (one snapshot
 * per transaction). Setting both per connection, once, costs no statement per transaction. A third,
 * small pool ({@link #limitsPoolSize}) runs the rate limits' autocommit statements at {@code READ
 * COMMITTED} (see {@link PostgresRateLimitStore}). So a node holds at most {@code 2 × poolSize +
 * max(2, poolSize / 4)} connections; size PostgreSQL's {@code max_connections} for every node of
 * the cluster. The database is migrated (Flyway, which takes an advisory lock, so
 * nodes starting together migrate once) on a plain connection before the pools open.
 */
final class PostgresConnections {
    /** How long a transaction waits for a free connection (or for the server to accept one). */
    static final Duration CONNECTION_WAIT = Duration.ofSeconds(10);

    private PostgresConnections() {
    }

    static PostgresStorage open(PostgresUrl url, int poolSize) {
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1: " + poolSize);
        }
        SqlStorage.migrate(PostgresDialect.INSTANCE, dataSource(url), url.display());
        HikariDataSource writes = pool("parley-pg-writer", url, poolSize, "TRANSACTION_SERIALIZABLE", false, null);
        try {
            HikariDataSource reads = pool("parley-pg-reader", url, poolSize, "TRANSACTION_REPEATABLE_READ", true, null);
            try {
                // Their table is unlogged: nothing these connections commit needs to wait for a flush.
                HikariDataSource limits = pool("parley-pg-limits", url, limitsPoolSize(poolSize),
                        "TRANSACTION_READ_COMMITTED", false, "SET synchronous_commit = off");
                return new PostgresStorage(writes, reads, limits);
            } catch (RuntimeException e) {
                reads.close();
                throw e;
            }
        } catch (RuntimeException e) {
            writes.close();
            throw e;
        }
    }

    /** Rate-limit statements are single short upserts: a quarter of the pool serves them (at least 2). */
    static int limitsPoolSize(int poolSize) {
        return Math.max(2, poolSize / 4);
    }

    private static HikariDataSource pool(String name, PostgresUrl url, int size, String isolation, boolean readOnly,
                                         String initSql) {
        HikariConfig config = new HikariConfig();
        config.setConnectionInitSql(initSql);
        config.setPoolName(name);
        config.setDataSource(dataSource(url));
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECTION_WAIT.toMillis());
        config.setTransactionIsolation(isolation);
        config.setReadOnly(readOnly);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException.Unavailable("cannot connect to " + url.display(), e);
        }
    }

    private static PGSimpleDataSource dataSource(PostgresUrl url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url.jdbcUrl());
        if (url.user() != null) {
            dataSource.setUser(url.user());
        }
        if (url.password() != null) {
            dataSource.setPassword(url.password());
        }
        if (dataSource.getApplicationName() == null || dataSource.getApplicationName().startsWith("PostgreSQL JDBC")) {
            dataSource.setApplicationName("parley");
        }
        dataSource.setConnectTimeout((int) CONNECTION_WAIT.toSeconds());
        dataSource.setTcpKeepAlive(true);
        return dataSource;
    }
}
