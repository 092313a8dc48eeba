package dev.parley.core;

import dev.parley.bus.Audience;
import dev.parley.bus.Bus;
import dev.parley.bus.Committed;
import dev.parley.bus.Dispatch;
import dev.parley.core.json.Json;
import dev.parley.protocol.event.Event;
import dev.parley.protocol.gateway.Envelope;
import dev.parley.store.Storage;
import dev.parley.store.Tx;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.ObjectWriter;

/**
 * The one mutation path: runs work in a write transaction, appends the events it emits to the
 * event log in that same transaction, and publishes them, in emission order, only after the
 * commit. If the work throws, nothing is written, logged or published. Each event is encoded
 * once, here; the log and every listener share those bytes. A write whose events may change
 * authentication or permission facts marks the {@link FactsEpoch} pending before it commits and
 * advances it after, before publishing and before returning, so no one hears of the change, and
 * no transaction that sees it is answered, while a cache still trusts facts from before it.
 */
public final class Mutations {
    private static final ObjectWriter EVENTS = Json.mapper().writerFor(Event.class);
    private static final ClassValue<String> TYPES = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected String computeValue(Class<?> type) {
            return Envelope.eventType((Class<? extends Event>) type);
        }
    };

    private final Storage storage;
    private final Bus bus;
    private final InstantSource clock;
    private final FactsEpoch facts;

    public Mutations(Storage storage, Bus bus, InstantSource clock, FactsEpoch facts) {
        this.storage = storage;
        this.bus = bus;
        this.clock = clock;
        this.facts = facts;
    }

    public <T> T apply(Function<Changes, T> work) {
        List<Dispatch> emitted = new ArrayList<>();
        List<Committed> logged = new ArrayList<>();
        boolean[] changing = {false};
        T result;
        try {
            result = storage.write(tx -> {
                emitted.clear(); // a backend may retry the work; only the committed attempt counts
                logged.clear();
                T value = work.apply(new Changes(tx, emitted));
                for (Dispatch dispatch : emitted) {
                    byte[] payload = EVENTS.writeValueAsBytes(dispatch.event());
                    long position = tx.events().append(dispatch.audience().encode(), type(dispatch.event()), payload,
                            clock.instant());
                    logged.add(new Committed(position, dispatch, payload));
                }
                if (!changing[0] && FactsEpoch.changesFacts(emitted)) {
                    changing[0] = true; // last step of the work: the commit may be visible from here on
                    facts.changing();
                }
                return value;
            });
        } finally {
            if (changing[0]) {
                facts.changed();
            }
        }
        logged.forEach(bus::publish);
        return result;
    }

    /** The counter that tells caches of authentication and permission facts whether to trust them. */
    public FactsEpoch facts() {
        return facts;
    }

    public <T> T read(Function<Tx, T> work) {
        return storage.read(work);
    }

    /** An event's wire type, {@code "message_created"} for a {@code MessageCreated}. */
    public static String type(Event event) {
        return TYPES.get(event.getClass());
    }

    /** A transaction plus the events it will publish once committed. */
    public record Changes(Tx tx, List<Dispatch> emitted) {
        public void emit(Audience audience, Event event) {
            emitted.add(new Dispatch(audience, event));
        }
    }
}
