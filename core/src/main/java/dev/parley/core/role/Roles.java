package dev.parley.core.role;

import dev.parley.bus.Audience;
import dev.parley.core.Caller;
import dev.parley.core.Check;
import dev.parley.core.Failure;
import dev.parley.core.Mutations;
import dev.parley.core.Views;
import dev.parley.core.community.Access;
import dev.parley.core.community.Visibility;
import dev.parley.domain.IdGenerator;
import dev.parley.domain.channel.Channel;
import dev.parley.domain.community.Member;
import dev.parley.domain.permission.Overwrite;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.domain.role.Role;
import dev.parley.protocol.community.CreateRoleRequest;
import dev.parley.protocol.community.RoleView;
import dev.parley.protocol.community.UpdateRoleRequest;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.event.ChannelUpdated;
import dev.parley.protocol.event.MemberUpdated;
import dev.parley.protocol.event.RoleCreated;
import dev.parley.protocol.event.RoleDeleted;
import dev.parley.protocol.event.RoleUpdated;
import dev.parley.store.Tx;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Roles of a community. Changing roles needs MANAGE_ROLES; a role can only be created, changed or
 * deleted below the caller's highest role, and can only grant permissions the caller holds.
 * The {@code @everyone} role cannot be renamed, moved or deleted.
 */
public final class Roles {
    public static final int NAME_MAX = 100;
    public static final int POSITION_MAX = 1000;
    public static final int PER_COMMUNITY_MAX = 250;
    private static final int HOLDER_PAGE = 1000;
    private final Mutations mutations;
    private final IdGenerator ids;

    public Roles(Mutations mutations, IdGenerator ids) {
        this.mutations = mutations;
        this.ids = ids;
    }

    /** Roles by position, lowest first ({@code @everyone} first). */
    public List<RoleView> list(Caller caller, long communityId) {
        return mutations.read(tx -> {
            Access access = Access.of(tx, communityId, caller.userId());
            return access.roles().values().stream()
                    .sorted(Comparator.comparingInt(Role::position).thenComparingLong(Role::id))
                    .map(Views::role).toList();
        });
    }

    /** Creates a role; without a position it goes just above {@code @everyone} (position 1). */
    public RoleView create(Caller caller, long communityId, CreateRoleRequest request) {
        check(request.name(), request.color(), request.position(), true);
        PermissionSet permissions = Check.permissionBits("permissions", request.permissions());
        return mutations.apply(c -> {
            Access access = Access.of(c.tx(), communityId, caller.userId());
            access.require(Permission.MANAGE_ROLES);
            if (access.roles().size() >= PER_COMMUNITY_MAX) {
                throw Failure.of(ErrorCode.CONFLICT, "A community has at most " + PER_COMMUNITY_MAX + " roles.");
            }
            int position = request.position() == null ? 1 : request.position();
            Role role = new Role(ids.next(), communityId, request.name().strip(),
                    request.color() == null ? 0 : request.color(), position, permissions);
            access.requireAbove(role);
            access.requireHolds(permissions);
            // A new role has no holders and no overwrite names it: nobody's view of a channel changes.
            c.tx().roles().insert(role);
            RoleView view = Views.role(role);
            c.emit(new Audience.Community(communityId), new RoleCreated(view));
            return view;
        });
    }

    public RoleView update(Caller caller, long communityId, long roleId, UpdateRoleRequest request) {
        check(request.name(), request.color(), request.position(), false);
        PermissionSet permissions = request.permissions() == null ? null : Check.permissionBits("permissions", request.permissions());
        return mutations.apply(c -> {
            Access access = Access.of(c.tx(), communityId, caller.userId());
            Role old = access.role(roleId);
            access.require(Permission.MANAGE_ROLES);
            access.requireAbove(old);
            if (old.everyone() && (request.name() != null || request.position() != null)) {
                throw Failure.invalid(request.name() != null ? "name" : "position", "@everyone cannot be renamed or moved");
            }
            Role updated = old.with(
                    request.name() == null ? old.name() : request.name().strip(),
                    request.color() == null ? old.color() : request.color(),
                    request.position() == null ? old.position() : request.position(),
                    permissions == null ? old.permissions() : permissions);
            access.requireAbove(updated);
            if (permissions != null) {
                // Only the bits that change need to be held: keeping a bit one lacks is allowed.
                long changed = old.permissions().bits() ^ permissions.bits();
                access.requireHolds(new PermissionSet(changed));
            }
            // Name, color and position grant nothing; only new permissions can change who sees what.
            Visibility before = updated.permissions().equals(old.permissions()) ? null
                    : Visibility.before(c.tx(), communityId);
            c.tx().roles().update(updated);
            RoleView view = Views.role(updated);
            c.emit(new Audience.Community(communityId), new RoleUpdated(view));
            if (before != null) {
                before.announce(c);
            }
            return view;
        });
    }

    /**
     * Deletes a role. The store also takes it from its members and drops the overwrites that
     * target it; each member and channel so changed is announced (MemberUpdated to the community,
     * ChannelUpdated to the channel's viewers) before RoleDeleted, so a client's copy stays whole
     * without knowing the cascade. Channels that appeared or disappeared for someone follow.
     */
    public void delete(Caller caller, long communityId, long roleId) {
        mutations.apply(c -> {
            Tx tx = c.tx();
            Access access = Access.of(tx, communityId, caller.userId());
            Role role = access.role(roleId);
            access.require(Permission.MANAGE_ROLES);
            if (role.everyone()) {
                throw Failure.invalid("role_id", "@everyone cannot be deleted");
            }
            access.requireAbove(role);
            List<Long> holders = holdersOf(tx, communityId, roleId);
            List<Long> channels = tx.channels().ofCommunity(communityId).stream()
                    .filter(ch -> ch.overwrites().stream().anyMatch(o -> o.target() == Overwrite.Target.ROLE && o.targetId() == roleId))
                    .map(Channel::id).toList();
            Visibility before = Visibility.before(tx, communityId);
            tx.roles().delete(roleId);
            Audience community = new Audience.Community(communityId);
            for (long userId : holders) {
                tx.members().get(communityId, userId).ifPresent(m -> c.emit(community, new MemberUpdated(Views.member(tx, m))));
            }
            for (long channelId : channels) {
                tx.channels().byId(channelId).ifPresent(ch -> c.emit(new Audience.Channel(communityId, channelId),
                        new ChannelUpdated(Views.channel(ch))));
            }
            c.emit(community, new RoleDeleted(communityId, roleId));
            before.announce(c);
            return null;
        });
    }

    /** The members holding the role, read page by page: the store has no index by role. */
    private static List<Long> holdersOf(Tx tx, long communityId, long roleId) {
        List<Long> holders = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Member> page = tx.members().page(communityId, after, HOLDER_PAGE);
            page.stream().filter(m -> m.roleIds().contains(roleId)).forEach(m -> holders.add(m.userId()));
            if (page.size() < HOLDER_PAGE) {
                return holders;
            }
            after = page.getLast().userId();
        }
    }

    private static void check(String name, Integer color, Integer position, boolean creating) {
        Check check = Check.start();
        if (creating) {
            check.require("name", name);
        }
        check.line("name", name, 1, NAME_MAX)
                .range("color", color, 0, 0xFFFFFF)
                .range("position", position, 1, POSITION_MAX);
        if (name != null && name.strip().equals(Role.EVERYONE)) {
            check.fail("name", "is reserved");
        }
        check.orThrow();
    }
}
