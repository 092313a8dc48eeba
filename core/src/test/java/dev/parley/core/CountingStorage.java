package dev.parley.core;

import dev.parley.store.ForwardingStorage;
import dev.parley.store.Storage;
import dev.parley.store.Tx;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** A real storage that counts the read transactions it runs: to see which calls read nothing. */
public final class CountingStorage extends ForwardingStorage {
    private final AtomicLong reads = new AtomicLong();

    public CountingStorage(Storage delegate) {
        super(delegate);
    }

    /** Read transactions run so far. */
    public long reads() {
        return reads.get();
    }

    @Override
    public <T> T read(Function<Tx, T> work) {
        reads.incrementAndGet();
        return super.read(work);
    }
}
