package dev.parley.domain.conversation;

import java.time.Instant;

/**
 * A direct message between two users or a group chat. Its id is also the id of its message
 * channel. A DM has no name and no owner, and is identified by its pair of users
 * ({@link #dmKey}); a group has a name and an owner who manages its members.
 */
public record Conversation(
        long id,
        Kind kind,
        String name,
        Long ownerId,
        String dmKey,
        Instant createdAt,
        Instant lastActivityAt) {

    public enum Kind { DM, GROUP }

    /** The key that makes "the same pair always gets the same DM" a unique constraint. */
    public static String dmKey(long userA, long userB) {
        return Math.min(userA, userB) + ":" + Math.max(userA, userB);
    }

    public Conversation withName(String newName) {
        return new Conversation(id, kind, newName, ownerId, dmKey, createdAt, lastActivityAt);
    }

    public Conversation withOwner(Long newOwnerId) {
        return new Conversation(id, kind, name, newOwnerId, dmKey, createdAt, lastActivityAt);
    }

    public Conversation withLastActivity(Instant at) {
        return new Conversation(id, kind, name, ownerId, dmKey, createdAt, at);
    }
}
