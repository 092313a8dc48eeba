package dev.parley.core;

import dev.parley.bus.Bus;
import dev.parley.bus.Committed;
import dev.parley.bus.Dispatch;
import dev.parley.bus.InProcessBus;
import dev.parley.bus.Notice;
import dev.parley.bus.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** An in-process bus that also remembers what was published, for "action → events" tests. */
public final class RecordingBus implements Bus {
    private final InProcessBus delegate = new InProcessBus();
    private final List<Dispatch> published = new ArrayList<>();

    @Override
    public synchronized void publish(Committed committed) {
        published.add(committed.dispatch());
        delegate.publish(committed);
    }

    /** Everything published since the last call, then forgets it. */
    public synchronized List<Dispatch> drain() {
        List<Dispatch> out = List.copyOf(published);
        published.clear();
        return out;
    }

    @Override
    public void signal(Signal signal) {
        delegate.signal(signal);
    }

    @Override
    public Subscription subscribe(Consumer<Notice> listener) {
        return delegate.subscribe(listener);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
