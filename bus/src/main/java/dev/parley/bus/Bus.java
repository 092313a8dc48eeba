package dev.parley.bus;

import java.util.function.Consumer;

/** Carries dispatches from the mutation path to listeners. See the package contract. */
public interface Bus extends AutoCloseable {
    void publish(Dispatch dispatch);

    /** Registers a listener until the returned handle is closed. */
    Subscription subscribe(Consumer<Dispatch> listener);

    @Override
    void close();

    /** A registration; closing it stops delivery to its listener. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
