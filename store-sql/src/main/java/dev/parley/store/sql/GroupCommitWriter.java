package dev.parley.store.sql;

import dev.parley.store.StoreException;
import dev.parley.store.Tx;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: one writer thread owns the writer connection and runs every write, so concurrent
 * writes share a COMMIT (one fsync) instead of paying one each.
 *
 * <p>Callers queue their work in a {@link WriteQueue} and block until it is settled (they are
 * usually virtual threads, so blocking is cheap). The writer runs queued writes one after another
 * in one {@link GroupCommitTransaction} until the queue is empty or {@link #MAX_BATCH} writes
 * ran, then commits; while it commits, the next batch queues up. So the batch grows with the
 * load, and a lone write still commits at once.
 *
 * <p>What each caller sees is what {@link dev.parley.store.Storage#write} promises of a transaction
 * of its own: its work is atomic, it runs alone (works run one at a time on the writer thread),
 * and a result is returned only after the COMMIT that carries it is durable.
 *
 * <p>Works run on the writer thread, not on their caller's: {@code write} from inside a work would
 * wait for the thread it is running on, so it fails at once with {@link IllegalStateException}.
 * A caller waits at most {@code turnWait} for the writer to take its write (it then fails as
 * unavailable and never runs); once taken, it waits for the outcome however long that takes.
 */
final class GroupCommitWriter {
    /** Bounds the work between two commits, so one batch cannot hold up its first caller for long. */
    static final int MAX_BATCH = 256;

    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);

    private final WriteQueue queue = new WriteQueue();
    private final GroupCommitTransaction transaction;
    private final int maxBatch;
    private final Duration turnWait;
    private final Thread thread;

    private GroupCommitWriter(String name, GroupCommitTransaction transaction, int maxBatch, Duration turnWait) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1: " + maxBatch);
        }
        this.transaction = transaction;
        this.maxBatch = maxBatch;
        this.turnWait = turnWait;
        // A platform thread: the driver's native calls (fsync among them) would pin a virtual one.
        // A daemon: a forgotten close must not keep the JVM alive; unsettled writes were never acknowledged.
        this.thread = Thread.ofPlatform().name(name).daemon().unstarted(this::drain);
    }

    /** Starts a writer that runs batches of up to {@code maxBatch} writes (1 turns group commit off). */
    static GroupCommitWriter start(String name, GroupCommitTransaction transaction, int maxBatch,
                                   Duration turnWait) {
        GroupCommitWriter writer = new GroupCommitWriter(name, transaction, maxBatch, turnWait);
        writer.thread.start();
        return writer;
    }

    /** See the class comment; throws what the work threw, or {@link StoreException.Unavailable}. */
    <T> T write(Function<Tx, T> work) {
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException(
                    "write called from inside a write on the same storage: transactions do not nest,"
                            + " so do this work in the enclosing write");
        }
        GroupCommitWrite<T> write = new GroupCommitWrite<>(work);
        if (!queue.offer(write)) {
            throw new StoreException.Unavailable("storage is closed", null);
        }
        return write.await(turnWait, queue);
    }

    /**
     * Refuses new writes, fails those still queued as unavailable, lets the batch in progress
     * finish and waits (up to {@code turnWait}) for the writer thread to end. Idempotent.
     *
     * @throws IllegalStateException when called from inside a write, which could never finish
     */
    void close() {
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("close called from inside a write on the same storage");
        }
        for (GroupCommitWrite<?> left : queue.close()) {
            left.lost("storage closed before the write ran", null);
        }
        try {
            if (!thread.join(turnWait)) {
                log.warn("{} still busy {} after close; closing its connection under it", thread.getName(), turnWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many writes are queued and not yet taken; for tests and diagnostics. */
    int queued() {
        return queue.size();
    }

    /** How many transactions committed; for tests and diagnostics. */
    long commits() {
        return transaction.commits();
    }

    private void drain() {
        GroupCommitWrite<?> first = null;
        try {
            while ((first = queue.take()) != null) {
                transaction.run(first, queue, maxBatch);
            }
        } catch (Throwable e) {
            // GroupCommitTransaction settles what it runs; this is the last line for the unexpected.
            log.error("{} stopped", thread.getName(), e);
            if (first != null) {
                first.lost("the writer stopped", e);
            }
        } finally {
            for (GroupCommitWrite<?> left : queue.close()) {
                left.lost("the writer stopped", null);
            }
        }
    }
}
