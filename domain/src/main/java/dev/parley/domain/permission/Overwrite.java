package dev.parley.domain.permission;

/**
 * A channel's permission overwrite for one role or one member: bits in {@code allow} are granted
 * and bits in {@code deny} are taken away, relative to what the community-level roles give.
 * A bit is never in both sets (allow wins when constructed that way, deny is cleared).
 */
public record Overwrite(Target target, long targetId, PermissionSet allow, PermissionSet deny) {
    public enum Target { ROLE, MEMBER }

    public Overwrite {
        deny = deny.minus(allow);
    }
}
