package dev.parley.core;

import dev.parley.bus.Audience;
import dev.parley.bus.Bus;
import dev.parley.bus.Dispatch;
import dev.parley.protocol.event.Event;
import dev.parley.store.Storage;
import dev.parley.store.Tx;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one mutation path: runs work in a write transaction, collects the events it emits and
 * publishes them, in emission order, only after the commit. If the work throws, nothing is
 * written and nothing is published.
 */
public final class Mutations {
    private final Storage storage;
    private final Bus bus;

    public Mutations(Storage storage, Bus bus) {
        this.storage = storage;
        this.bus = bus;
    }

    public <T> T apply(Function<Changes, T> work) {
        List<Dispatch> emitted = new ArrayList<>();
        T result = storage.write(tx -> {
            emitted.clear(); // a backend may retry the work; only the committed attempt counts
            return work.apply(new Changes(tx, emitted));
        });
        emitted.forEach(bus::publish);
        return result;
    }

    public <T> T read(Function<Tx, T> work) {
        return storage.read(work);
    }

    /** A transaction plus the events it will publish once committed. */
    public record Changes(Tx tx, List<Dispatch> emitted) {
        public void emit(Audience audience, Event event) {
            emitted.add(new Dispatch(audience, event));
        }
    }
}
