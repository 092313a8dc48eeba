package dev.parley.domain.user;

/**
 * A user's privacy choices. {@code dmsFromStrangers}: accept DMs from users who share no
 * community (and, later, no friendship). {@code readReceipts}: let DM and group peers see when
 * this user read their messages.
 */
public record Settings(long userId, boolean dmsFromStrangers, boolean readReceipts) {
    public static Settings defaults(long userId) {
        return new Settings(userId, true, true);
    }
}
