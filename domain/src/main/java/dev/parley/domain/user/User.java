package dev.parley.domain.user;

import java.time.Instant;
import java.util.Optional;

/**
 * A Parley account. {@code username} keeps the case the user chose; uniqueness is
 * case-insensitive (see {@link #canonical(String)}). A deleted account keeps its id (messages
 * still point at it) but loses its name, email, password and profile. {@code admin} marks an
 * instance administrator (created with {@code parley admin create}); it grants nothing inside
 * communities, which have their own owners and roles.
 */
public record User(
        long id,
        String username,
        String displayName,
        String email,
        String passwordHash,
        Profile profile,
        boolean admin,
        Instant createdAt,
        Instant deletedAt) {

    public boolean deleted() {
        return deletedAt != null;
    }

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }

    /** The form usernames and emails are compared in. */
    public static String canonical(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    public User withProfile(String newDisplayName, Profile newProfile) {
        return new User(id, username, newDisplayName, email, passwordHash, newProfile, admin, createdAt, deletedAt);
    }

    public User withPasswordHash(String newHash) {
        return new User(id, username, displayName, email, newHash, profile, admin, createdAt, deletedAt);
    }

    /** The tombstone left when an account is deleted. */
    public User erased(Instant at) {
        return new User(id, "deleted-" + id, "Deleted user", null, null, Profile.EMPTY, false, createdAt, at);
    }
}
