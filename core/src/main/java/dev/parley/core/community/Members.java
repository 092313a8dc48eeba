package dev.parley.core.community;

import dev.parley.bus.Audience;
import dev.parley.core.Caller;
import dev.parley.core.Check;
import dev.parley.core.Failure;
import dev.parley.core.Mutations;
import dev.parley.core.Views;
import dev.parley.domain.community.Member;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.role.Role;
import dev.parley.protocol.community.MemberPage;
import dev.parley.protocol.community.MemberView;
import dev.parley.protocol.community.UpdateMemberRequest;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.event.CommunityDeleted;
import dev.parley.protocol.event.MemberLeft;
import dev.parley.protocol.event.MemberUpdated;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Listing members, nicknames, role assignment, leaving and kicking. */
public final class Members {
    public static final int NICKNAME_MAX = 32;
    public static final int PAGE_MAX = 1000;
    public static final int PAGE_DEFAULT = 100;

    private final Mutations mutations;

    public Members(Mutations mutations) {
        this.mutations = mutations;
    }

    /** Members by user id after {@code after} (exclusive; 0 from the start), {@code limit} 1..1000. */
    public MemberPage list(Caller caller, long communityId, long after, Integer limit) {
        Check.start().range("limit", limit, 1, PAGE_MAX).orThrow();
        int size = limit == null ? PAGE_DEFAULT : limit;
        return mutations.read(tx -> {
            Access.of(tx, communityId, caller.userId());
            List<Member> page = tx.members().page(communityId, after, size + 1);
            boolean more = page.size() > size;
            List<MemberView> views = page.stream().limit(size).map(m -> Views.member(tx, m)).toList();
            return new MemberPage(views, more ? views.getLast().user().id() : null);
        });
    }

    public MemberView get(Caller caller, long communityId, long userId) {
        return mutations.read(tx -> {
            Access.of(tx, communityId, caller.userId());
            return Views.member(tx, tx.members().get(communityId, userId).orElseThrow(() -> Failure.notFound("member")));
        });
    }

    /**
     * Own nickname needs CHANGE_NICKNAME; another's needs MANAGE_NICKNAMES and to outrank them.
     * The nickname changes only when given or named in {@code clear}; an empty request keeps it.
     */
    public MemberView updateNickname(Caller caller, long communityId, long userId, UpdateMemberRequest request) {
        Set<String> set = request.nickname() == null ? Set.of() : Set.of("nickname");
        Check.start().line("nickname", request.nickname(), 1, NICKNAME_MAX)
                .clears(request.clear(), Set.of("nickname"), set).orThrow();
        return mutations.apply(c -> {
            Access access = Access.of(c.tx(), communityId, caller.userId());
            Member target = c.tx().members().get(communityId, userId).orElseThrow(() -> Failure.notFound("member"));
            if (userId == caller.userId()) {
                access.require(Permission.CHANGE_NICKNAME);
            } else {
                access.require(Permission.MANAGE_NICKNAMES);
                access.requireAbove(target);
            }
            boolean cleared = request.clear() != null && request.clear().contains("nickname");
            String nickname = cleared ? null : request.nickname() == null ? target.nickname() : request.nickname().strip();
            return save(c, target.withNickname(nickname));
        });
    }

    /**
     * Gives a member a role: needs MANAGE_ROLES, a role below the caller's highest, every
     * permission the role grants, and (for someone else) to outrank the member. Idempotent.
     */
    public MemberView addRole(Caller caller, long communityId, long userId, long roleId) {
        return changeRole(caller, communityId, userId, roleId, true);
    }

    /**
     * Takes a role from a member, under the same rules as {@link #addRole}. Idempotent. Either way,
     * channels the change shows or hides for the member follow its MemberUpdated (see {@link Visibility}).
     */
    public MemberView removeRole(Caller caller, long communityId, long userId, long roleId) {
        return changeRole(caller, communityId, userId, roleId, false);
    }

    private MemberView changeRole(Caller caller, long communityId, long userId, long roleId, boolean add) {
        return mutations.apply(c -> {
            Access access = Access.of(c.tx(), communityId, caller.userId());
            Member target = c.tx().members().get(communityId, userId).orElseThrow(() -> Failure.notFound("member"));
            Role role = access.role(roleId);
            access.require(Permission.MANAGE_ROLES);
            if (role.everyone()) {
                throw Failure.invalid("role_id", "@everyone is held by every member implicitly");
            }
            access.requireAbove(role);
            if (userId != caller.userId()) {
                access.requireAbove(target);
            }
            // Handing out (or taking back) a role is granting its permissions: only ones held.
            access.requireHolds(role.permissions());
            Set<Long> roles = new HashSet<>(target.roleIds());
            boolean changed = add ? roles.add(roleId) : roles.remove(roleId);
            if (!changed) {
                return Views.member(c.tx(), target);
            }
            Visibility before = Visibility.before(c.tx(), communityId, Set.of(userId));
            MemberView view = save(c, target.withRoles(roles));
            before.announce(c);
            return view;
        });
    }

    /** The caller leaves. The owner cannot leave. */
    public void leave(Caller caller, long communityId) {
        mutations.apply(c -> {
            Access access = Access.of(c.tx(), communityId, caller.userId());
            if (access.owner()) {
                throw Failure.of(ErrorCode.OWNER_CANNOT_LEAVE);
            }
            remove(c, communityId, caller.userId(), "left");
            return null;
        });
    }

    /** Removes another member: needs KICK_MEMBERS and to outrank them. */
    public void kick(Caller caller, long communityId, long userId) {
        if (userId == caller.userId()) {
            leave(caller, communityId);
            return;
        }
        mutations.apply(c -> {
            Access access = Access.of(c.tx(), communityId, caller.userId());
            Member target = c.tx().members().get(communityId, userId).orElseThrow(() -> Failure.notFound("member"));
            access.require(Permission.KICK_MEMBERS);
            access.requireAbove(target);
            remove(c, communityId, userId, "kicked");
            return null;
        });
    }

    private static void remove(Mutations.Changes c, long communityId, long userId, String reason) {
        c.tx().members().delete(communityId, userId);
        c.emit(new Audience.Community(communityId), new MemberLeft(communityId, userId, reason));
        c.emit(Audience.user(userId), new CommunityDeleted(communityId));
    }

    private static MemberView save(Mutations.Changes c, Member member) {
        c.tx().members().update(member);
        MemberView view = Views.member(c.tx(), member);
        c.emit(new Audience.Community(member.communityId()), new MemberUpdated(view));
        return view;
    }
}
