package dev.parley.store.memory;

import dev.parley.store.key.SigningKeyStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The signing key as the one entry of a map; the first one stored stays. */
final class MemorySigningKeyStore implements SigningKeyStore {
    private static final String NAME = "access-tokens";
    private final Map<String, String> keys;

    MemorySigningKeyStore(MemoryState state) {
        this.keys = state.signingKeys();
    }

    @Override
    public Optional<String> current() {
        return Optional.ofNullable(keys.get(NAME));
    }

    @Override
    public String putIfAbsent(String jwk, Instant at) {
        keys.putIfAbsent(NAME, jwk);
        return keys.get(NAME);
    }
}
