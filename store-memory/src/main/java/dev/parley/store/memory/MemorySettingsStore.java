package dev.parley.store.memory;

import dev.parley.domain.user.Settings;
import dev.parley.store.user.SettingsStore;
import java.util.Map;
import java.util.Optional;

/** Settings by user id; {@link #put} replaces whatever was there. */
final class MemorySettingsStore implements SettingsStore {
    private final Map<Long, Settings> settings;

    MemorySettingsStore(MemoryState state) {
        this.settings = state.settings();
    }

    @Override
    public Optional<Settings> get(long userId) {
        return Optional.ofNullable(settings.get(userId));
    }

    @Override
    public void put(Settings userSettings) {
        settings.put(userSettings.userId(), userSettings);
    }
}
