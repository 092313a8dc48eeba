package dev.parley.domain.community;

import java.time.Instant;

/** A community ("server"). Its {@code @everyone} role has the same id as the community. */
public record Community(long id, String name, String description, long ownerId, Instant createdAt) {
    public Community withDetails(String newName, String newDescription) {
        return new Community(id, newName, newDescription, ownerId, createdAt);
    }

    public Community withOwner(long newOwnerId) {
        return new Community(id, name, description, newOwnerId, createdAt);
    }

    public long everyoneRoleId() {
        return id;
    }
}
