package dev.parley.core;

import dev.parley.store.Storage;
import dev.parley.store.Tx;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A real storage that lets a test slip one transaction of its own in just before the next write,
 * committed on its own: how a concurrent request landing mid-use-case looks to that use case.
 */
public final class InterleavingStorage implements Storage {
    private final Storage delegate;
    private final AtomicReference<Consumer<Tx>> next = new AtomicReference<>();

    public InterleavingStorage(Storage delegate) {
        this.delegate = delegate;
    }

    /** Runs {@code change} in a transaction of its own just before the next write begins. */
    public void beforeNextWrite(Consumer<Tx> change) {
        next.set(change);
    }

    @Override
    public <T> T write(Function<Tx, T> work) {
        Consumer<Tx> change = next.getAndSet(null);
        if (change != null) {
            delegate.write(tx -> {
                change.accept(tx);
                return null;
            });
        }
        return delegate.write(work);
    }

    @Override
    public <T> T read(Function<Tx, T> work) {
        return delegate.read(work);
    }

    @Override
    public boolean reachable() {
        return delegate.reachable();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
