package dev.parley.core;

import dev.parley.store.ForwardingStorage;
import dev.parley.store.Storage;
import dev.parley.store.Tx;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A real storage that behaves like a busy PostgreSQL: it can run each write's work several times
 * (every attempt but the last rolled back, as after a serialization failure), let another request
 * run to its end just before the next write begins or just after the next read (a race lost),
 * or fail the next write as an unreachable database would.
 */
public final class RerunningStorage extends ForwardingStorage {
    private final AtomicInteger reruns = new AtomicInteger();
    private final AtomicReference<Runnable> beforeNextWrite = new AtomicReference<>();
    private final AtomicReference<RuntimeException> failNextWrite = new AtomicReference<>();
    private final AtomicReference<Runnable> afterNextRead = new AtomicReference<>();

    public RerunningStorage(Storage delegate) {
        super(delegate);
    }

    /** From now on, every write's work runs {@code times} more times, rolled back, before the attempt that commits. */
    public void rerunEachWrite(int times) {
        reruns.set(times);
    }

    /** Runs {@code request} (outside any transaction, to its end) just before the next write begins. */
    public void beforeNextWrite(Runnable request) {
        beforeNextWrite.set(request);
    }

    /** Runs {@code request} (outside any transaction, to its end) just after the next read ends. */
    public void afterNextRead(Runnable request) {
        afterNextRead.set(request);
    }

    /** The next write fails with {@code failure} after running its work once, committing nothing. */
    public void failNextWrite(RuntimeException failure) {
        failNextWrite.set(failure);
    }

    @Override
    public <T> T write(Function<Tx, T> work) {
        Runnable other = beforeNextWrite.getAndSet(null);
        if (other != null) {
            other.run();
        }
        for (int i = 0; i < reruns.get(); i++) {
            rolledBack(work, new RolledBack());
        }
        RuntimeException failure = failNextWrite.getAndSet(null);
        if (failure != null) {
            rolledBack(work, failure);
            throw failure;
        }
        return super.write(work);
    }

    private <T> void rolledBack(Function<Tx, T> work, RuntimeException end) {
        try {
            super.write(tx -> {
                work.apply(tx);
                throw end;
            });
        } catch (RuntimeException e) {
            if (e != end) {
                throw e;
            }
        }
    }

    @Override
    public <T> T read(Function<Tx, T> work) {
        T result = super.read(work);
        Runnable other = afterNextRead.getAndSet(null);
        if (other != null) {
            other.run();
        }
        return result;
    }

    /** Ends an attempt that the "database" gave up on. */
    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super("serialization failure (simulated)", null, false, false);
        }
    }
}
