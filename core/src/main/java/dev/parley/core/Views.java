package dev.parley.core;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.community.Community;
import dev.parley.domain.community.Member;
import dev.parley.domain.invite.Invite;
import dev.parley.domain.permission.Overwrite;
import dev.parley.domain.role.Role;
import dev.parley.domain.session.Session;
import dev.parley.domain.user.Profile;
import dev.parley.domain.user.User;
import dev.parley.protocol.auth.SessionView;
import dev.parley.protocol.community.ChannelView;
import dev.parley.protocol.community.CommunityView;
import dev.parley.protocol.community.InviteView;
import dev.parley.protocol.community.MemberView;
import dev.parley.protocol.community.OverwriteView;
import dev.parley.protocol.community.RoleView;
import dev.parley.protocol.user.UserPublic;
import dev.parley.protocol.user.UserSelf;
import dev.parley.store.Tx;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps domain records to the wire views of {@code protocol}. The only place that knows both. */
public final class Views {
    private Views() {
    }

    public static UserPublic user(User u) {
        Profile p = u.profile();
        return new UserPublic(u.id(), u.username(), u.displayName(), p.bio(), p.pronouns(), p.customStatus(),
                p.accentColor(), p.avatar(), u.deleted(), u.createdAt());
    }

    public static UserSelf self(User u) {
        Profile p = u.profile();
        return new UserSelf(u.id(), u.username(), u.displayName(), u.email(), p.bio(), p.pronouns(),
                p.customStatus(), p.accentColor(), p.avatar(), u.admin(), u.createdAt());
    }

    public static SessionView session(Session s, long currentSessionId) {
        return new SessionView(s.id(), s.deviceName(), s.ip(), s.createdAt(), s.lastUsedAt(), s.id() == currentSessionId);
    }

    public static CommunityView community(Tx tx, Community c) {
        return community(c, tx.members().count(c.id()));
    }

    /** The view of a community whose members were already counted (with {@code MemberStore.counts}). */
    public static CommunityView community(Community c, int memberCount) {
        return new CommunityView(c.id(), c.name(), c.description(), c.ownerId(), memberCount, c.createdAt());
    }

    /** The views of communities, their members counted in one read. */
    public static List<CommunityView> communities(Tx tx, List<Community> communities) {
        Map<Long, Integer> counts = tx.members().counts(communities.stream().map(Community::id).toList());
        return communities.stream().map(c -> community(c, counts.get(c.id()))).toList();
    }

    public static ChannelView channel(Channel c) {
        return new ChannelView(c.id(), c.communityId(), lower(c.type().name()), c.name(), c.topic(), c.position(),
                c.parentId(), c.slowmodeSeconds(), c.nsfw(), c.syncedWithCategory(),
                c.overwrites().stream().map(Views::overwrite).toList(), c.createdAt());
    }

    public static OverwriteView overwrite(Overwrite o) {
        return new OverwriteView(o.targetId(), lower(o.target().name()), o.allow().bits(), o.deny().bits());
    }

    public static RoleView role(Role r) {
        return new RoleView(r.id(), r.communityId(), r.name(), r.color(), r.position(), r.permissions().bits(), r.everyone());
    }

    public static MemberView member(Tx tx, Member m) {
        return member(m, tx.users().byId(m.userId()).orElseThrow());
    }

    /** The view of a member whose user is already loaded. */
    public static MemberView member(Member m, User user) {
        return new MemberView(m.communityId(), user(user), m.nickname(),
                m.roleIds().stream().sorted().map(String::valueOf).toList(), m.joinedAt());
    }

    public static InviteView invite(Invite i) {
        return new InviteView(i.code(), i.communityId(), i.inviterId(), i.createdAt(), i.expiresAt(), i.maxUses(), i.uses());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
