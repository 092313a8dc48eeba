package dev.parley.store.memory;

import dev.parley.store.event.EventLogStore;
import dev.parley.store.event.LoggedEvent;
import java.time.Instant;
import java.util.List;
import java.util.NavigableMap;

/** The log as a sorted map by position; the next position is one past the highest ever held. */
final class MemoryEventLogStore implements EventLogStore {
    private final NavigableMap<Long, LoggedEvent> events;

    MemoryEventLogStore(MemoryState state) {
        this.events = state.events();
    }

    @Override
    public long append(String audience, String type, byte[] payload, Instant at) {
        long position = head() + 1; // purges keep the newest entry, so head() never goes back
        events.put(position, new LoggedEvent(position, audience, type, payload.clone(), at));
        return position;
    }

    @Override
    public List<LoggedEvent> after(long position, int limit) {
        return events.tailMap(position, false).values().stream().limit(limit).toList();
    }

    @Override
    public long head() {
        return events.isEmpty() ? 0 : events.lastKey();
    }

    @Override
    public long tail() {
        return events.isEmpty() ? 1 : events.firstKey();
    }

    @Override
    public int purgeBefore(Instant cutoff, int limit) {
        if (events.isEmpty()) {
            return 0;
        }
        var old = events.headMap(events.lastKey(), false).values().stream()
                .filter(e -> e.at().isBefore(cutoff)).limit(limit).map(LoggedEvent::position).toList();
        old.forEach(events::remove);
        return old.size();
    }
}
