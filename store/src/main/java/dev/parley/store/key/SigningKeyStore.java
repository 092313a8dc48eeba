package dev.parley.store.key;

import java.time.Instant;
import java.util.Optional;

/**
 * The key that signs access tokens, kept in the database so that every node of a cluster signs
 * and checks with the same one without copying files. One key today (no rotation); stored as a
 * JWK with its private part.
 */
public interface SigningKeyStore {
    /** The stored key, if one was ever stored. */
    Optional<String> current();

    /**
     * Stores {@code jwk} as the key unless one is stored already (the first node to start wins);
     * returns the key stored now, which every caller must use.
     */
    String putIfAbsent(String jwk, Instant at);
}
