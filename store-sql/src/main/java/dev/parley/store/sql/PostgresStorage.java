package dev.parley.store.sql;

import com.zaxxer.hikari.HikariDataSource;
import dev.parley.store.Storage;
import dev.parley.store.StoreException;
import dev.parley.store.Tx;
import dev.parley.store.ratelimit.RateLimitStore;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Storage} on PostgreSQL: a pool of writer connections and a pool of reader connections
 * (see {@link PostgresConnections}), with no writer thread and no write queue. Writers run at once,
 * side by side, and PostgreSQL keeps them apart:
 *
 * <ul>
 *   <li>Each {@link #write} is one {@code SERIALIZABLE} transaction on its caller's thread, so
 *       writes are serialized in the port's sense (the outcome is that of some one-at-a-time
 *       order; a read-modify-write never loses an update) without making writers to different
 *       rows wait for each other.</li>
 *   <li>When PostgreSQL gives up on a transaction to keep that promise (serialization failure,
 *       deadlock; see {@link PostgresDialect#retryable}), it has already rolled it back, so the
 *       work is simply run again, after a short random pause, for up to {@link #RETRY_BUDGET}.
 *       Work must therefore be safe to run more than once: everything it does through the
 *       {@link Tx} is undone between attempts; effects outside it (collecting events to publish)
 *       must be reset or tolerated, as core's {@code Mutations} does, and effects that must happen
 *       once (spending a rate limit, see {@link #rateLimits}) belong outside the work.</li>
 *   <li>A failed statement ends the transaction on PostgreSQL; work that catches a store
 *       exception must end its transaction rather than go on with it.</li>
 *   <li>Ordering promises that a single writer keeps for free are kept by locks:
 *       {@link PostgresMessageStore} (per-channel seq) and {@link PostgresEventLogStore}
 *       (positions in commit order).</li>
 * </ul>
 *
 * <p>Each {@link #read} is one {@code REPEATABLE READ READ ONLY} transaction: one snapshot for all
 * its statements, taken at the first; it never waits for writers and never fails for them.
 * Transactions do not nest: {@code write} from inside a write fails at once with {@link
 * IllegalStateException}, as on SQLite (a nested write would wait for a connection or a lock its
 * own caller holds).
 */
public final class PostgresStorage implements Storage {
    /** How long a write keeps retrying serialization failures before it fails as unavailable. */
    static final Duration RETRY_BUDGET = Duration.ofSeconds(30);
    /** How long {@link #reachable} waits for an answer. */
    static final Duration REACHABLE_WAIT = Duration.ofSeconds(2);
    /** The longest pause between two attempts; pauses are random below a ceiling doubling from 1 ms. */
    private static final long MAX_PAUSE_MICROS = 50_000;

    private static final Logger log = LoggerFactory.getLogger(PostgresStorage.class);
    private static final PostgresDialect DIALECT = PostgresDialect.INSTANCE;

    private final HikariDataSource writes;
    private final HikariDataSource reads;
    private final HikariDataSource limits;
    private final Jdbi writer;
    private final Jdbi reader;
    private final ThreadLocal<Boolean> writing = new ThreadLocal<>();
    private final LongAdder retries = new LongAdder();

    /** Takes over the three pools (see {@link PostgresConnections}); the database is already migrated. */
    PostgresStorage(HikariDataSource writes, HikariDataSource reads, HikariDataSource limits) {
        this.writes = writes;
        this.reads = reads;
        this.limits = limits;
        this.writer = SqlStorage.jdbi(writes);
        this.reader = SqlStorage.jdbi(reads);
    }

    /**
     * Connects to the PostgreSQL database at {@code url} ({@code jdbc:postgresql://...} or
     * {@code postgresql://user:password@host:port/database}) with up to {@code poolSize} writer and
     * as many reader connections, and migrates it to the newest schema.
     *
     * @throws StoreException.Unavailable if the database cannot be reached or migrated
     */
    public static PostgresStorage open(String url, int poolSize) {
        return PostgresConnections.open(PostgresUrl.parse(url), poolSize);
    }

    /** See the class comment; throws what the work threw, or a {@link StoreException}. */
    @Override
    public <T> T write(Function<Tx, T> work) {
        if (writing.get() != null) {
            throw new IllegalStateException(
                    "write called from inside a write on the same storage: transactions do not nest,"
                            + " so do this work in the enclosing write");
        }
        writing.set(Boolean.TRUE);
        try {
            long deadline = System.nanoTime() + RETRY_BUDGET.toNanos();
            for (int attempt = 1; ; attempt++) {
                try {
                    return transaction(writer, work);
                } catch (RuntimeException e) {
                    if (!PostgresDialect.retryable(e)) {
                        throw e;
                    }
                    if (System.nanoTime() - deadline > 0) {
                        throw new StoreException.Unavailable("write still conflicting after " + attempt
                                + " attempts in " + RETRY_BUDGET.toSeconds() + " s", e);
                    }
                    retries.increment();
                    log.debug("write attempt {} conflicted; running it again", attempt, e);
                    pause(attempt);
                }
            }
        } finally {
            writing.remove();
        }
    }

    /** Runs on a read-only connection; the snapshot is taken at the first statement. */
    @Override
    public <T> T read(Function<Tx, T> work) {
        return transaction(reader, work);
    }

    /**
     * True when a reader connection answers {@code SELECT 1} within {@link #REACHABLE_WAIT}. A
     * readiness probe must answer quickly even when the server is gone, while the pool would wait
     * {@link PostgresConnections#CONNECTION_WAIT} for a connection: the probe gives up first (its
     * attempt ends on its own, on a virtual thread).
     */
    @Override
    public boolean reachable() {
        CompletableFuture<Boolean> probe = new CompletableFuture<>();
        Thread.ofVirtual().name("parley-pg-probe").start(() -> {
            try {
                probe.complete(reader.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1);
            } catch (RuntimeException e) {
                probe.completeExceptionally(e);
            }
        });
        try {
            return probe.get(REACHABLE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.debug("database not reachable", e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The rate limits kept in this database, on their own small pool and outside any transaction
     * of this storage, so that every node on the database shares them; {@code clock} is their time.
     * Valid until this storage closes.
     */
    public RateLimitStore rateLimits(InstantSource clock) {
        return new PostgresRateLimitStore(SqlStorage.jdbi(limits), clock);
    }

    /** Closes the pools; idempotent. Later calls fail as unavailable. */
    @Override
    public void close() {
        limits.close();
        reads.close();
        writes.close();
    }

    /** Writes run again after a serialization failure or deadlock since open: for diagnostics and tests. */
    long retries() {
        return retries.sum();
    }

    /** The writers' Jdbi, outside the port: for diagnostics and backend-specific tests. */
    Jdbi writer() {
        return writer;
    }

    /** The readers' Jdbi, outside the port: for diagnostics and backend-specific tests. */
    Jdbi reader() {
        return reader;
    }

    private static <T> T transaction(Jdbi jdbi, Function<Tx, T> work) {
        try {
            return jdbi.inTransaction(handle -> work.apply(new PostgresTx(new Sql(handle, DIALECT))));
        } catch (JdbiException e) {
            throw DIALECT.failure(e);
        }
    }

    /** A random pause below a ceiling that doubles per attempt, so conflicting writers spread out. */
    private static void pause(int attempt) {
        long ceiling = Math.min(MAX_PAUSE_MICROS, 1_000L << Math.min(attempt - 1, 10));
        try {
            Thread.sleep(Duration.ofNanos(ThreadLocalRandom.current().nextLong(ceiling) * 1_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException.Unavailable("interrupted while waiting to retry a write", e);
        }
    }
}
