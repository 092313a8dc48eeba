package dev.parley.bus;

import java.util.function.Consumer;

/**
 * Carries notices of committed events from the mutation path to listeners, on this node and (for a
 * clustered bus) on every other node. See the package contract.
 */
public interface Bus extends AutoCloseable {
    /** Announces a commit: whole to this node's listeners, as a {@link Reached} to other nodes'. */
    void publish(Committed committed);

    /** Tells other nodes' listeners (never this node's) something ephemeral; lost if the bus is down. */
    void signal(Signal signal);

    /** Registers a listener until the returned handle is closed. */
    Subscription subscribe(Consumer<Notice> listener);

    @Override
    void close();

    /** A registration; closing it stops delivery to its listener. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
