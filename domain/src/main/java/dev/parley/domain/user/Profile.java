package dev.parley.domain.user;

/**
 * What a user shows about themselves. Every field may be null. {@code accentColor} is a 24-bit
 * RGB value; {@code avatar} is an opaque media reference (media arrives in a later release).
 */
public record Profile(String bio, String pronouns, String customStatus, Integer accentColor, String avatar) {
    public static final Profile EMPTY = new Profile(null, null, null, null, null);
}
