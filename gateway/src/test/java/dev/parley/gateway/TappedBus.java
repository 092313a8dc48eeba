package dev.parley.gateway;

import dev.parley.bus.Bus;
import dev.parley.bus.Committed;
import dev.parley.bus.Listeners;
import dev.parley.bus.Notice;
import dev.parley.bus.PresenceSignal;
import dev.parley.bus.Signal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A bus for one node of a cluster whose other nodes a test plays: commits reach this node's
 * listeners as on the in-process bus; the signals this node sends are kept ({@link #sent}); and
 * the test delivers what the other nodes would send with {@link #hear}.
 */
final class TappedBus implements Bus {
    private final Listeners listeners = new Listeners();
    private final List<Signal> sent = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Committed committed) {
        listeners.deliver(committed);
    }

    @Override
    public void signal(Signal signal) {
        sent.add(signal);
    }

    @Override
    public Subscription subscribe(Consumer<Notice> listener) {
        return listeners.add(listener);
    }

    /** A notice from another node. */
    void hear(Notice notice) {
        listeners.deliver(notice);
    }

    /** Every user entry of the presence signals this node sent so far, oldest first. */
    List<PresenceSignal.Held> presenceSent() {
        return sent.stream().filter(s -> s instanceof PresenceSignal).flatMap(s -> ((PresenceSignal) s).users().stream()).toList();
    }

    List<Signal> sent() {
        return sent;
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
