package dev.parley.store.memory;

import dev.parley.domain.readstate.ReadState;
import dev.parley.store.memory.MemoryState.ReadStateKey;
import dev.parley.store.readstate.ReadStateStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read states keyed by (user, channel); {@link #put} replaces whatever was there. */
final class MemoryReadStateStore implements ReadStateStore {
    private final Map<ReadStateKey, ReadState> readStates;

    MemoryReadStateStore(MemoryState state) {
        this.readStates = state.readStates();
    }

    @Override
    public Optional<ReadState> get(long userId, long channelId) {
        return Optional.ofNullable(readStates.get(new ReadStateKey(userId, channelId)));
    }

    @Override
    public void put(ReadState state) {
        readStates.put(ReadStateKey.of(state), state);
    }

    @Override
    public List<ReadState> ofChannel(long channelId) {
        return readStates.values().stream()
                .filter(s -> s.channelId() == channelId)
                .sorted(Comparator.comparingLong(ReadState::userId))
                .toList();
    }

    @Override
    public List<ReadState> ofUser(long userId) {
        return readStates.values().stream()
                .filter(s -> s.userId() == userId)
                .sorted(Comparator.comparingLong(ReadState::channelId))
                .toList();
    }
}
