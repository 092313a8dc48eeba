package dev.parley.bus;

import java.util.function.Consumer;

/** Carries dispatches from the mutation path to listeners. See the package contract. */
public interface Bus extends AutoCloseable {
    void publish(Committed committed);

    /** Registers a listener until the returned handle is closed. */
    Subscription subscribe(Consumer<Committed> listener);

    @Override
    void close();

    /** A registration; closing it stops delivery to its listener. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
