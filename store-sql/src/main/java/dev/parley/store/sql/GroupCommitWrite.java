package dev.parley.store.sql;

import dev.parley.store.StoreException;
import dev.parley.store.Tx;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * One caller's {@code write} on its way through the group commit: the work, what it did on the
 * writer thread, and the outcome handed back to the caller once the transaction that ran it has
 * ended.
 *
 * <p>The outcome is settled exactly once, when it is final: the work's own exception if it threw
 * (its savepoint was undone, so nothing it wrote can commit); else its result once the COMMIT
 * carrying it succeeded; else "lost", and the caller gets {@link StoreException.Unavailable}: the
 * write was never started, or its transaction could not commit. The writer-side fields are
 * touched by the writer thread only; completing the future publishes them to the caller.
 */
final class GroupCommitWrite<T> {
    private final Function<Tx, T> work;
    private final CompletableFuture<Outcome<T>> outcome = new CompletableFuture<>();
    private T value;
    private boolean released;
    private Throwable failure;

    GroupCommitWrite(Function<Tx, T> work) {
        this.work = work;
    }

    /** Writer thread: runs the work inside its savepoint and keeps the result until the commit. */
    void apply(Tx tx) {
        value = work.apply(tx);
    }

    /** Writer thread: the savepoint was released, so the result now rides on the commit. */
    void released() {
        released = true;
    }

    /** Writer thread: the work threw; its savepoint is (being) undone and the caller gets {@code e}. */
    void failed(Throwable e) {
        failure = e;
        value = null;
    }

    /** Writer thread: the transaction committed durably. */
    void committed() {
        if (failure != null) {
            outcome.complete(new Threw<>(failure));
        } else if (released) {
            outcome.complete(new Returned<>(value));
        } else {
            lost("the write did not run before its transaction committed", null);
        }
    }

    /**
     * Any thread: the write cannot commit. A work that threw still reports its own exception (none
     * of its writes remain either way); every other caller gets {@link StoreException.Unavailable}.
     * No effect once settled.
     */
    void lost(String why, Throwable cause) {
        outcome.complete(failure != null ? new Threw<>(failure) : new Lost<>(why, cause));
    }

    /**
     * Caller thread: waits for the outcome and returns the result or throws the failure.
     *
     * <p>The wait for a turn is bounded by {@code turn} and ends early on interrupt; if the write
     * is still queued then, it is withdrawn and fails as unavailable, so it never runs. Once the
     * writer has taken it, the caller waits for the real outcome, uninterruptibly, because giving
     * up then would leave it unknown whether the write committed. An interrupt is kept set.
     */
    T await(Duration turn, WriteQueue queue) {
        boolean interrupted = false;
        Outcome<T> settled = null;
        try {
            settled = outcome.get(turn.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } catch (TimeoutException e) {
            // fall through: withdraw, or wait for the writer that already has it
        } catch (ExecutionException e) {
            throw new IllegalStateException("group commit outcomes never complete exceptionally", e);
        }
        if (settled == null) {
            if (queue.withdraw(this)) {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                throw new StoreException.Unavailable(interrupted
                        ? "interrupted while waiting for the writer"
                        : "the writer did not take the write within " + turn, null);
            }
            settled = outcome.join();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return settled.get();
    }

    private sealed interface Outcome<T> {
        /** Returns the result or throws the failure, on the caller's thread. */
        T get();
    }

    private record Returned<T>(T value) implements Outcome<T> {
        @Override
        public T get() {
            return value;
        }
    }

    /** The work's own exception, rethrown unchanged (a checked one too, as the work threw it). */
    private record Threw<T>(Throwable failure) implements Outcome<T> {
        @Override
        public T get() {
            throw GroupCommitWrite.<RuntimeException>sneaky(failure);
        }
    }

    /** Created on the caller's thread, so its stack trace shows where the lost write was made. */
    private record Lost<T>(String why, Throwable cause) implements Outcome<T> {
        @Override
        public T get() {
            throw new StoreException.Unavailable(why, cause);
        }
    }

    @SuppressWarnings("unchecked")
    private static <X extends Throwable> X sneaky(Throwable t) throws X {
        throw (X) t;
    }
}
