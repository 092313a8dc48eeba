package dev.parley.store;

import java.util.function.Function;

/** A storage that hands everything to another: the base of test decorators, which override what they watch or change. */
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
