package dev.parley.bus;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bus's local listeners: delivers each notice to every listener on the calling thread, in
 * subscription order, and keeps going when one of them throws. Listeners must be quick (the gateway
 * only enqueues).
 */
public final class Listeners {
    private static final Logger log = LoggerFactory.getLogger(Listeners.class);
    private final CopyOnWriteArrayList<Consumer<Notice>> listeners = new CopyOnWriteArrayList<>();

    public Bus.Subscription add(Consumer<Notice> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void deliver(Notice notice) {
        for (Consumer<Notice> listener : listeners) {
            try {
                listener.accept(notice);
            } catch (RuntimeException e) {
                log.error("bus listener failed on {}", notice instanceof Committed c ? "log position " + c.position() : notice, e);
            }
        }
    }

    public void clear() {
        listeners.clear();
    }
}
