package dev.parley.bus;

import java.util.function.Consumer;

/**
 * The single-node bus: delivers each commit whole to every listener synchronously, on the
 * publishing thread, in subscription order. Listeners must therefore be quick (the gateway only
 * enqueues).
 */
public final class InProcessBus implements Bus {
    private final Listeners listeners = new Listeners();

    @Override
    public void publish(Committed committed) {
        listeners.deliver(committed);
    }

    /** A single node has no other node to tell. */
    @Override
    public void signal(Signal signal) {
    }

    @Override
    public Subscription subscribe(Consumer<Notice> listener) {
        return listeners.add(listener);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
