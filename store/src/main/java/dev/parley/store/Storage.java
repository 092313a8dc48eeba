package dev.parley.store;

import java.util.function.Function;

/**
 * Opens transactions over every store. One implementation per backend; see the package contract.
 */
public interface Storage extends AutoCloseable {
    /**
     * Runs {@code work} in one serialized read-write transaction and returns its result after the
     * commit is durable. If {@code work} throws, nothing it wrote remains and the exception
     * propagates unchanged.
     */
    <T> T write(Function<Tx, T> work);

    /** Runs {@code work} against a consistent snapshot; it must not write. */
    <T> T read(Function<Tx, T> work);

    /** True when the database answers a trivial query. */
    boolean reachable();

    @Override
    void close();
}
