package dev.parley.store.user;

import dev.parley.domain.user.Settings;
import java.util.Optional;

/** Users' privacy settings; a user who never saved any has none stored (callers use defaults). */
public interface SettingsStore {
    Optional<Settings> get(long userId);

    /** Inserts or replaces. */
    void put(Settings settings);
}
