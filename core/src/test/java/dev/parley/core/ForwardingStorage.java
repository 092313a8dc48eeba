package dev.parley.core;

import dev.parley.store.Storage;
import dev.parley.store.Tx;
import java.util.function.Function;

/** A storage that hands everything to another: the base of the test decorators, which override what they watch. */
public abstract class ForwardingStorage implements Storage {
    private final Storage delegate;

    protected ForwardingStorage(Storage delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T> T write(Function<Tx, T> work) {
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
