package dev.parley.store.sql;

import static org.awaitility.Awaitility.await;

import dev.parley.store.Tx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Puts chosen writes into one batch, without sleeping: {@link #holdWriter()} parks the writer
 * thread inside a work of its own, {@link #queue} submits writes from virtual threads and waits
 * until each is queued, and releasing the hold lets the writer run the holding write and then
 * everything queued, in queue order, in the same transaction (the batch bound is far above what
 * these tests queue).
 */
final class GroupCommitHarness implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final SqlStorage storage;
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    GroupCommitHarness(SqlStorage storage) {
        this.storage = storage;
    }

    /**
     * Starts a write whose work waits for the returned latch, and returns once the writer is
     * running it: the writer takes nothing else until the latch is released. The holding write
     * changes nothing; it shares its transaction with the writes queued behind it.
     */
    CountDownLatch holdWriter() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        callers.submit(() -> storage.write(tx -> {
            running.countDown();
            awaitUninterruptibly(release);
            return null;
        }));
        running.await();
        return release;
    }

    /**
     * Submits each work from its own virtual thread, each queued before the next is submitted, so
     * they queue in this order. Only while the writer is held.
     */
    @SafeVarargs
    final <T> List<Future<T>> queue(Function<Tx, T>... works) {
        List<Future<T>> calls = new ArrayList<>();
        for (Function<Tx, T> work : works) {
            int before = storage.queuedWrites();
            calls.add(callers.submit(() -> storage.write(work)));
            awaitQueued(before + 1);
        }
        return calls;
    }

    /** Waits until exactly {@code writes} writes are queued (the writer being held). */
    void awaitQueued(int writes) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(2)).until(() -> storage.queuedWrites() == writes);
    }

    /** Submits a write from a virtual thread without waiting for it to be queued. */
    <T> Future<T> submit(Function<Tx, T> work) {
        return callers.submit(() -> storage.write(work));
    }

    @Override
    public void close() {
        callers.close();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // keep holding: only the latch ends the hold
            }
        }
    }
}
