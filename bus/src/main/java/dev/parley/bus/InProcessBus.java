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
    private final CopyOnWriteArrayList<Consumer<Dispatch>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Dispatch dispatch) {
        for (Consumer<Dispatch> listener : listeners) {
            try {
                listener.accept(dispatch);
            } catch (RuntimeException e) {
                log.error("bus listener failed on {}", dispatch.event().getClass().getSimpleName(), e);
            }
        }
    }

    @Override
    public Subscription subscribe(Consumer<Dispatch> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
