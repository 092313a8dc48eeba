package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.Tx;
import java.util.function.Function;

/**
 * The reference {@link Storage}: every row lives in plain maps in this object and vanishes with
 * it. Semantics, stated plainly:
 *
 * <ul>
 *   <li>One lock serializes every transaction, reads included. Simplicity beats concurrency here.</li>
 *   <li>{@link #write} runs its work against a private copy of the state and makes the copy the
 *       state only when the work returns. If the work throws, the copy is dropped and the exception
 *       propagates unchanged, so nothing it wrote remains. "Durable" means: visible to every later
 *       transaction on this object.</li>
 *   <li>{@link #read} runs its work against a read-only view of the committed state; a write
 *       attempted inside it throws {@link UnsupportedOperationException}.</li>
 *   <li>Transactions do not nest: calling {@code write} or {@code read} from inside work throws
 *       {@link IllegalStateException}, as do both after {@link #close()}.</li>
 * </ul>
 */
public final class MemoryStorage implements Storage {
    private final Object lock = new Object();
    private MemoryState committed = MemoryState.empty();
    private boolean closed;

    @Override
    public <T> T write(Function<Tx, T> work) {
        requireNotNested();
        synchronized (lock) {
            requireOpen();
            MemoryState draft = committed.copy();
            T result = work.apply(MemoryTx.over(draft));
            committed = draft;
            return result;
        }
    }

    @Override
    public <T> T read(Function<Tx, T> work) {
        requireNotNested();
        synchronized (lock) {
            requireOpen();
            return work.apply(MemoryTx.over(committed.readOnly()));
        }
    }

    /** True until {@link #close()}. */
    @Override
    public boolean reachable() {
        synchronized (lock) {
            return !closed;
        }
    }

    /** Drops every row. Idempotent. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            committed = MemoryState.empty();
        }
    }

    private void requireNotNested() {
        if (Thread.holdsLock(lock)) {
            throw new IllegalStateException("transactions do not nest: use the Tx you were given");
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("storage is closed");
        }
    }
}
