package dev.parley.store.sql;

import static dev.parley.store.sql.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.store.StoreException;
import dev.parley.store.Tx;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The writer thread's edges: nesting, close, and callers that give up while still queued. */
@Timeout(60)
class GroupCommitLifecycleTest {
    @TempDir
    Path dir;

    @Test
    void aNestedWriteFailsFastAndTheOuterWorkDecidesWhatHappens() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            assertThatThrownBy(() -> storage.write(tx -> {
                tx.users().insert(user(1, "ada"));
                return storage.write(insert(2, "grace"));
            })).isInstanceOf(IllegalStateException.class);

            long kept = storage.write(tx -> {
                tx.users().insert(user(3, "hopper"));
                try {
                    storage.write(insert(4, "linus"));
                } catch (IllegalStateException expected) {
                    // the outer work goes on without it
                }
                return 3L;
            });
            assertThatThrownBy(() -> storage.write(tx -> {
                storage.close();
                return null;
            })).isInstanceOf(IllegalStateException.class);

            assertThat(kept).isEqualTo(3L);
            assertThat(userIds(storage)).containsExactly(3L);
        }
    }

    @Test
    void closeFailsQueuedWritesAsUnavailableLetsTheRunningOneCommitAndRefusesNewOnes() throws Exception {
        Path file = dir.resolve("parley.db");
        SqlStorage storage = SqlStorage.sqlite(file);
        try (GroupCommitHarness harness = new GroupCommitHarness(storage)) {
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<Long> inFlight = harness.submit(tx -> {
                tx.users().insert(user(1, "ada"));
                running.countDown();
                awaitQuietly(release);
                return 1L;
            });
            running.await();
            List<Future<Long>> queued = harness.queue(insert(2, "grace"), insert(3, "hopper"));

            CompletableFuture<Void> closing = CompletableFuture.runAsync(storage::close);
            for (Future<Long> call : queued) {
                assertThatThrownBy(() -> call.get(30, TimeUnit.SECONDS)).cause()
                        .isInstanceOf(StoreException.Unavailable.class);
            }
            assertThat(closing).isNotDone();
            release.countDown();

            assertThat(inFlight.get(30, TimeUnit.SECONDS)).isEqualTo(1L);
            closing.get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> storage.write(insert(4, "linus"))).isInstanceOf(StoreException.Unavailable.class);
            storage.close(); // idempotent
        }
        try (SqlStorage reopened = SqlStorage.sqlite(file)) {
            assertThat(userIds(reopened)).containsExactly(1L);
        }
    }

    @Test
    void anInterruptedCallerWithdrawsItsQueuedWriteWhichNeverRuns() throws Exception {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"));
             GroupCommitHarness harness = new GroupCommitHarness(storage)) {
            CountDownLatch hold = harness.holdWriter();
            AtomicBoolean ran = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicBoolean stillInterrupted = new AtomicBoolean();
            Thread caller = Thread.ofVirtual().start(() -> {
                try {
                    storage.write(tx -> {
                        ran.set(true);
                        return null;
                    });
                } catch (RuntimeException e) {
                    failure.set(e);
                    stillInterrupted.set(Thread.currentThread().isInterrupted());
                }
            });
            harness.awaitQueued(1);
            caller.interrupt();
            caller.join();

            assertThat(failure.get()).isInstanceOf(StoreException.Unavailable.class);
            assertThat(stillInterrupted).isTrue();
            assertThat(storage.queuedWrites()).isZero();
            hold.countDown();
            assertThat(storage.write(insert(1, "ada"))).isEqualTo(1L);
            assertThat(ran).isFalse();
        }
    }

    @Test
    void aWorkThatInterruptsItsThreadDoesNotDisturbTheWriter() {
        try (SqlStorage storage = SqlStorage.sqlite(dir.resolve("parley.db"))) {
            storage.write(tx -> {
                Thread.currentThread().interrupt();
                return insert(1, "ada").apply(tx);
            });
            assertThat(storage.write(insert(2, "grace"))).isEqualTo(2L);
            assertThat(userIds(storage)).containsExactly(1L, 2L);
        }
    }

    private static Function<Tx, Long> insert(long id, String name) {
        return tx -> {
            tx.users().insert(user(id, name));
            return id;
        };
    }

    private static List<Long> userIds(SqlStorage storage) {
        return storage.reader().withHandle(h -> h.createQuery("SELECT id FROM users ORDER BY id")
                .mapTo(Long.class).list());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
