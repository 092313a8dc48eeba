package dev.parley.core.community;

import dev.parley.core.Failure;
import dev.parley.domain.channel.Channel;
import dev.parley.domain.community.Community;
import dev.parley.domain.community.Member;
import dev.parley.domain.permission.Hierarchy;
import dev.parley.domain.permission.MemberContext;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionCalculator;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.domain.role.Role;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.store.Tx;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The facts a permission decision needs, loaded once per use case: the community, its roles and
 * one member's record. Every check goes through the pure calculator; this class only loads and
 * turns "no" into the right failure (NOT_FOUND when the caller may not see the thing,
 * MISSING_PERMISSION or HIERARCHY when they may see it but not do it).
 */
public record Access(Community community, Map<Long, Role> roles, Member member, MemberContext context) {

    /** The caller's view of a community. @throws Failure NOT_FOUND unless they are a member */
    public static Access of(Tx tx, long communityId, long userId) {
        Community community = tx.communities().byId(communityId).orElseThrow(() -> Failure.notFound("community"));
        Member member = tx.members().get(communityId, userId).orElseThrow(() -> Failure.notFound("community"));
        Map<Long, Role> roles = tx.roles().ofCommunity(communityId).stream()
                .collect(Collectors.toMap(Role::id, Function.identity()));
        return new Access(community, roles, member, contextOf(community, roles, member));
    }

    /** The same facts for another member of the same community. */
    public MemberContext contextOf(Member other) {
        return contextOf(community, roles, other);
    }

    public boolean owner() {
        return community.ownerId() == member.userId();
    }

    public PermissionSet base() {
        return PermissionCalculator.base(context);
    }

    public PermissionSet in(Tx tx, Channel channel) {
        Channel category = channel.parentId() == null ? null : tx.channels().byId(channel.parentId()).orElse(null);
        return PermissionCalculator.inChannel(context, channel.type(),
                PermissionCalculator.effectiveOverwrites(channel, category));
    }

    /** @throws Failure MISSING_PERMISSION */
    public void require(Permission permission) {
        if (!base().has(permission)) {
            throw missing(permission);
        }
    }

    /** @throws Failure NOT_FOUND if the channel is invisible, MISSING_PERMISSION if the bit is missing */
    public void require(Tx tx, Channel channel, Permission permission) {
        PermissionSet in = in(tx, channel);
        if (!in.has(Permission.VIEW_CHANNEL)) {
            throw Failure.notFound("channel");
        }
        if (!in.has(permission)) {
            throw missing(permission);
        }
    }

    /** A channel of this community the caller can see. @throws Failure NOT_FOUND otherwise */
    public Channel visibleChannel(Tx tx, long channelId) {
        Channel channel = tx.channels().byId(channelId)
                .filter(c -> c.communityId() == community.id())
                .orElseThrow(() -> Failure.notFound("channel"));
        if (!in(tx, channel).has(Permission.VIEW_CHANNEL)) {
            throw Failure.notFound("channel");
        }
        return channel;
    }

    /** @throws Failure HIERARCHY unless the caller outranks the role */
    public void requireAbove(Role role) {
        if (!Hierarchy.canManageRole(context, role)) {
            throw Failure.of(ErrorCode.HIERARCHY, "The role '" + role.name() + "' ranks at or above your highest role.");
        }
    }

    /** @throws Failure HIERARCHY unless the caller outranks the member */
    public void requireAbove(Member other) {
        if (!Hierarchy.canManageMember(context, contextOf(other))) {
            throw Failure.of(ErrorCode.HIERARCHY, "That member ranks at or above your highest role.");
        }
    }

    /** The caller may only grant permissions they hold themselves (owners and administrators hold all). */
    public void requireHolds(PermissionSet granted) {
        PermissionSet own = base();
        if (!own.containsAll(granted)) {
            throw Failure.of(ErrorCode.MISSING_PERMISSION,
                    "You cannot grant permissions you lack: " + granted.minus(own));
        }
    }

    /**
     * Like {@link #requireHolds(PermissionSet)}, but counts what the caller holds in
     * {@code channel}, after its overwrites: what a channel's overwrite may grant or take away.
     */
    public void requireHolds(Tx tx, Channel channel, PermissionSet granted) {
        PermissionSet own = in(tx, channel);
        if (!own.containsAll(granted)) {
            throw Failure.of(ErrorCode.MISSING_PERMISSION,
                    "You cannot grant or deny permissions you lack in this channel: " + granted.minus(own));
        }
    }

    public Role role(long roleId) {
        Role role = roles.get(roleId);
        if (role == null) {
            throw Failure.notFound("role");
        }
        return role;
    }

    private static Failure missing(Permission permission) {
        return Failure.of(ErrorCode.MISSING_PERMISSION, "This needs the " + permission + " permission.");
    }

    /** The calculator's view of a member; roles that no longer exist are left out. */
    static MemberContext contextOf(Community community, Map<Long, Role> roles, Member member) {
        List<Role> held = member.roleIds().stream().map(roles::get).filter(r -> r != null && !r.everyone()).toList();
        return new MemberContext(member.userId(), community.ownerId(), roles.get(community.everyoneRoleId()), held);
    }
}
