package dev.parley.domain.permission;

import dev.parley.domain.role.Role;
import java.util.List;
import java.util.Objects;

/**
 * The facts about one member of one community that permissions and hierarchy depend on, loaded
 * from the store by the caller.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@code userId} is the member; {@code ownerId} is the user id of the community's owner, so
 *       the member is the owner exactly when the two are equal.
 *   <li>{@code everyone} is the community's {@code @everyone} role ({@link Role#everyone()} is true).
 *   <li>{@code roles} are the roles assigned to the member, all of the same community, and never
 *       include {@code @everyone}, which every member holds implicitly. Order does not matter.
 * </ul>
 * The constructor rejects values that break this contract with an {@link IllegalArgumentException}
 * (a null with a {@link NullPointerException}); {@code roles} is copied and unmodifiable.
 */
public record MemberContext(long userId, long ownerId, Role everyone, List<Role> roles) {

    public MemberContext {
        Objects.requireNonNull(everyone, "everyone");
        roles = List.copyOf(roles);
        if (!everyone.everyone()) {
            throw new IllegalArgumentException("not an @everyone role: " + everyone.id());
        }
        for (Role role : roles) {
            if (role.everyone()) {
                throw new IllegalArgumentException("@everyone must not be listed among the roles");
            }
            if (role.communityId() != everyone.communityId()) {
                throw new IllegalArgumentException("role " + role.id() + " belongs to another community");
            }
        }
    }

    /** Whether this member owns the community. */
    public boolean isOwner() {
        return userId == ownerId;
    }

    /** Whether the member is assigned the role with this id ({@code @everyone} does not count). */
    public boolean holdsRole(long roleId) {
        return roles.stream().anyMatch(role -> role.id() == roleId);
    }
}
