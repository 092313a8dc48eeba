package dev.parley.store.sql;

import static dev.parley.store.sql.Fixtures.community;
import static dev.parley.store.sql.Fixtures.invite;
import static dev.parley.store.sql.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.store.StoreException;
import dev.parley.store.Tx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes forced into one batch keep the promises of a transaction of their own: a work that
 * throws leaves no trace and does not disturb its batch-mates, each caller gets its own result or
 * its own exception, and nobody is told of success unless the shared COMMIT succeeded.
 */
@Timeout(60)
class GroupCommitBatchTest {
    @TempDir
    Path dir;

    private SqlStorage storage;
    private GroupCommitHarness harness;

    /** Thrown on purpose by a work. */
    static final class Boom extends RuntimeException {
        Boom(String message) {
            super(message);
        }
    }

    /** An {@link Error} thrown on purpose by a work. */
    static final class Crash extends Error {
        Crash() {
            super("crash");
        }
    }

    @BeforeEach
    void open() {
        storage = SqlStorage.sqlite(dir.resolve("parley.db"));
        harness = new GroupCommitHarness(storage);
    }

    @AfterEach
    void close() {
        harness.close();
        storage.close();
    }

    @Test
    void aFailingWorkLeavesNoTraceWhileItsBatchMatesCommitTogether() throws Exception {
        Boom boom = new Boom("boom");
        CountDownLatch hold = harness.holdWriter();
        long commitsBefore = storage.commits();
        List<Future<Long>> calls = harness.queue(
                insert(2, "grace"),
                tx -> {
                    tx.users().insert(user(3, "hopper"));
                    throw boom;
                },
                insert(4, "linus"));
        hold.countDown();

        assertThat(calls.get(0).get()).isEqualTo(2L);
        assertThatThrownBy(() -> calls.get(1).get()).isInstanceOf(ExecutionException.class).cause().isSameAs(boom);
        assertThat(calls.get(2).get()).isEqualTo(4L);
        assertThat(storage.commits()).as("the hold and the queued writes share one commit").isEqualTo(commitsBefore + 1);
        assertThat(userIds()).containsExactly(2L, 4L);
    }

    @Test
    void aConflictInOneWorkOnlyUndoesThatWork() throws Exception {
        storage.write(insert(1, "ada"));
        CountDownLatch hold = harness.holdWriter();
        long commitsBefore = storage.commits();
        List<Future<Object>> calls = harness.queue(
                tx -> insert(2, "grace").apply(tx),
                tx -> {
                    tx.users().insert(user(3, "hopper"));
                    tx.users().insert(user(4, "ADA"));
                    return "not reached";
                },
                tx -> {
                    tx.users().insert(user(5, "linus"));
                    try {
                        tx.users().insert(user(6, "Ada"));
                        return "not reached";
                    } catch (StoreException.Conflict e) {
                        return e.key();
                    }
                });
        hold.countDown();

        assertThat(calls.get(0).get()).isEqualTo(2L);
        assertThatThrownBy(() -> calls.get(1).get()).cause()
                .isInstanceOfSatisfying(StoreException.Conflict.class, e -> assertThat(e.key()).isEqualTo("username"));
        assertThat(calls.get(2).get()).isEqualTo("username");
        assertThat(storage.commits()).isEqualTo(commitsBefore + 1);
        assertThat(userIds()).containsExactly(1L, 2L, 5L);
    }

    /**
     * Failures reported by the driver (a unique index, a foreign key), not by a store's own check:
     * typed as before, and undone with their own work only.
     */
    @Test
    void driverFailuresAreTypedAndUndoOnlyTheirOwnWork() throws Exception {
        storage.write(tx -> {
            tx.communities().insert(community(10, 1));
            tx.invites().insert(invite("abc", 10));
            return null;
        });
        CountDownLatch hold = harness.holdWriter();
        List<Future<Long>> calls = harness.queue(
                insert(2, "grace"),
                tx -> {
                    tx.users().insert(user(3, "hopper"));
                    tx.invites().insert(invite("abc", 10));
                    return 3L;
                },
                tx -> {
                    tx.users().insert(user(4, "linus"));
                    tx.invites().insert(invite("xyz", 999));
                    return 4L;
                },
                insert(5, "ken"));
        hold.countDown();

        assertThat(calls.get(0).get()).isEqualTo(2L);
        assertThatThrownBy(() -> calls.get(1).get()).cause()
                .isInstanceOfSatisfying(StoreException.Conflict.class, e -> assertThat(e.key()).isEqualTo("invite"));
        assertThatThrownBy(() -> calls.get(2).get()).cause().isInstanceOf(StoreException.Unavailable.class);
        assertThat(calls.get(3).get()).isEqualTo(5L);
        assertThat(userIds()).containsExactly(2L, 5L);
    }

    @Test
    void everyCallerGetsItsOwnResultOrItsOwnException() throws Exception {
        int writes = 40;
        List<RuntimeException> failures = new ArrayList<>();
        CountDownLatch hold = harness.holdWriter();
        List<Future<String>> calls = new ArrayList<>();
        for (int i = 0; i < writes; i++) {
            int n = i;
            Boom own = new Boom("failure " + n);
            failures.add(own);
            calls.add(harness.submit(tx -> {
                tx.users().insert(user(100 + n, "user" + n));
                if (n % 2 == 1) {
                    throw own;
                }
                return "result " + n;
            }));
        }
        harness.awaitQueued(writes);
        long commitsBefore = storage.commits();
        hold.countDown();

        for (int i = 0; i < writes; i++) {
            Future<String> call = calls.get(i);
            if (i % 2 == 0) {
                assertThat(call.get()).isEqualTo("result " + i);
            } else {
                assertThatThrownBy(call::get).cause().isSameAs(failures.get(i));
            }
        }
        assertThat(storage.commits()).isEqualTo(commitsBefore + 1);
        assertThat(userIds()).hasSize(writes / 2).allSatisfy(id -> assertThat(id % 2).isZero());
    }

    @Test
    void anErrorFailsTheWorksThatRanBeforeItAndTheRestCommitInAFreshTransaction() throws Exception {
        Crash crash = new Crash();
        CountDownLatch hold = harness.holdWriter();
        List<Future<Long>> calls = harness.queue(
                insert(2, "grace"),
                tx -> {
                    tx.users().insert(user(3, "hopper"));
                    throw crash;
                },
                insert(4, "linus"));
        hold.countDown();

        assertThatThrownBy(() -> calls.get(0).get()).cause().isInstanceOf(StoreException.Unavailable.class);
        assertThatThrownBy(() -> calls.get(1).get()).cause().isSameAs(crash);
        assertThat(calls.get(2).get()).isEqualTo(4L);
        assertThat(userIds()).containsExactly(4L);
        assertThat(storage.write(insert(5, "ken"))).isEqualTo(5L);
    }

    /**
     * A constraint checked only at COMMIT (a deferred foreign key, planted by the test through a
     * trigger) makes the shared COMMIT fail: every caller whose work succeeded hears Unavailable,
     * never success; a work that threw still gets its own exception.
     */
    @Test
    void aFailedCommitFailsEveryWorkOfItsBatch() throws Exception {
        storage.writer().useHandle(h -> {
            h.execute("CREATE TABLE poison (user_id INTEGER REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED)");
            h.execute("CREATE TRIGGER poison_pill AFTER INSERT ON users WHEN NEW.username = 'poison'"
                    + " BEGIN INSERT INTO poison VALUES (-1); END");
        });
        Boom boom = new Boom("boom");
        CountDownLatch hold = harness.holdWriter();
        long commitsBefore = storage.commits();
        List<Future<Long>> calls = harness.queue(
                insert(2, "grace"),
                insert(3, "poison"),
                tx -> {
                    tx.users().insert(user(4, "hopper"));
                    throw boom;
                },
                insert(5, "linus"));
        hold.countDown();

        for (int i : new int[] {0, 1, 3}) {
            assertThatThrownBy(() -> calls.get(i).get()).cause().isInstanceOf(StoreException.Unavailable.class);
        }
        assertThatThrownBy(() -> calls.get(2).get()).cause().isSameAs(boom);
        assertThat(storage.commits()).as("nothing committed").isEqualTo(commitsBefore);
        assertThat(userIds()).isEmpty();
        assertThat(storage.write(insert(6, "ken"))).as("a fresh connection takes over").isEqualTo(6L);
        assertThat(userIds()).containsExactly(6L);
    }

    private static Function<Tx, Long> insert(long id, String name) {
        return tx -> {
            tx.users().insert(user(id, name));
            return id;
        };
    }

    private List<Long> userIds() {
        return storage.reader().withHandle(h -> h.createQuery("SELECT id FROM users ORDER BY id")
                .mapTo(Long.class).list());
    }
}
