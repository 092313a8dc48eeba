package dev.parley.domain.message;

import java.util.Set;

/**
 * Whom a message mentions, as parsed from its content when it was sent or last edited.
 * {@code everyone} and {@code here} are only set when the author held MENTION_EVERYONE;
 * otherwise "@everyone" stays plain text.
 */
public record Mentions(Set<Long> users, Set<Long> roles, boolean everyone, boolean here) {
    public static final Mentions NONE = new Mentions(Set.of(), Set.of(), false, false);

    public Mentions {
        users = Set.copyOf(users);
        roles = Set.copyOf(roles);
    }

    /** True if a member with these role ids is mentioned (directly, by role, or by @everyone/@here). */
    public boolean mentions(long userId, Set<Long> roleIds) {
        return everyone || here || users.contains(userId) || roleIds.stream().anyMatch(roles::contains);
    }
}
