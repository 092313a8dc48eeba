package dev.parley.domain.role;

import dev.parley.domain.permission.PermissionSet;

/**
 * A role of a community. Higher {@code position} ranks higher. The {@code @everyone} role has the
 * community's id and position 0; other roles have positions of 1 and up.
 */
public record Role(long id, long communityId, String name, int color, int position, PermissionSet permissions) {
    public static final String EVERYONE = "@everyone";

    public boolean everyone() {
        return id == communityId;
    }

    public Role with(String newName, int newColor, int newPosition, PermissionSet newPermissions) {
        return new Role(id, communityId, newName, newColor, newPosition, newPermissions);
    }
}
