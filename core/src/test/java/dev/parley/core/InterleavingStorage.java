package dev.parley.core;

import dev.parley.store.ForwardingStorage;
import dev.parley.store.Storage;
import dev.parley.store.Tx;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A real storage that lets a test slip one transaction of its own in just before the next write,
 * committed on its own: how a concurrent request landing mid-use-case looks to that use case.
 */
public final class InterleavingStorage extends ForwardingStorage {
    private final AtomicReference<Consumer<Tx>> next = new AtomicReference<>();

    public InterleavingStorage(Storage delegate) {
        super(delegate);
    }

    /** Runs {@code change} in a transaction of its own just before the next write begins. */
    public void beforeNextWrite(Consumer<Tx> change) {
        next.set(change);
    }

    @Override
    public <T> T write(Function<Tx, T> work) {
        Consumer<Tx> change = next.getAndSet(null);
        if (change != null) {
            super.write(tx -> {
                change.accept(tx);
                return null;
            });
        }
        return super.write(work);
    }
}
