package dev.parley.domain.permission;

import dev.parley.domain.role.Role;

/**
 * Role hierarchy: who ranks above whom, as in Discord. A member's rank is the position of their
 * highest role; the owner outranks everybody. ADMINISTRATOR does not bypass the hierarchy.
 *
 * <p>These checks say only whether the rank allows the action. The permission bit the action
 * needs (MANAGE_ROLES, KICK_MEMBERS, BAN_MEMBERS, MODERATE_MEMBERS, MANAGE_NICKNAMES, ...) is
 * checked separately by the caller with {@link PermissionCalculator}. Both sides of a check must
 * belong to the same community; that is the caller's responsibility.
 */
public final class Hierarchy {

    private Hierarchy() {
    }

    /** The owner ranks at {@link Integer#MAX_VALUE}; anyone else at their highest role, 0 with none. */
    public static int highestPosition(MemberContext m) {
        if (m.isOwner()) {
            return Integer.MAX_VALUE;
        }
        return m.roles().stream().mapToInt(Role::position).max().orElse(0);
    }

    /**
     * Whether {@code actor} ranks high enough to edit, assign or remove {@code target}: the owner
     * always does; anyone else only for roles strictly below their highest role. {@code @everyone}
     * counts as position 0, so any member with a role above 0 can manage it.
     */
    public static boolean canManageRole(MemberContext actor, Role target) {
        if (actor.isOwner()) {
            return true;
        }
        int targetPosition = target.everyone() ? 0 : target.position();
        return targetPosition < highestPosition(actor);
    }

    /**
     * Whether {@code actor} ranks above {@code target} (to kick, ban, time out or rename them).
     * Nobody manages the owner; the owner manages everybody else; nobody manages themself through
     * this check; otherwise the actor's highest role must be strictly above the target's.
     */
    public static boolean canManageMember(MemberContext actor, MemberContext target) {
        if (target.isOwner() || actor.userId() == target.userId()) {
            return false;
        }
        if (actor.isOwner()) {
            return true;
        }
        return highestPosition(actor) > highestPosition(target);
    }
}
