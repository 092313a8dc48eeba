package dev.parley.bus;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single-node bus: delivers each dispatch to every listener synchronously, on the publishing
 * thread, in subscription order. Listeners must therefore be quick (the gateway only enqueues).
 */
public final class InProcessBus implements Bus {
    private static final Logger log = LoggerFactory.getLogger(InProcessBus.class);
    private final CopyOnWriteArrayList<Consumer<Committed>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Committed committed) {
        for (Consumer<Committed> listener : listeners) {
            try {
                listener.accept(committed);
            } catch (RuntimeException e) {
                log.error("bus listener failed on {}", committed.dispatch().event().getClass().getSimpleName(), e);
            }
        }
    }

    @Override
    public Subscription subscribe(Consumer<Committed> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
