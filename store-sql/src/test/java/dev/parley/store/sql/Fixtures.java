package dev.parley.store.sql;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.channel.ChannelType;
import dev.parley.domain.community.Community;
import dev.parley.domain.community.Member;
import dev.parley.domain.invite.Invite;
import dev.parley.domain.permission.Overwrite;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.domain.role.Role;
import dev.parley.domain.session.RefreshToken;
import dev.parley.domain.session.Session;
import dev.parley.domain.user.Profile;
import dev.parley.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Small named rows for the SQLite-specific tests; fixed instants at millisecond precision. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-03-01T12:00:00.123Z");

    private Fixtures() {
    }

    static User user(long id, String name) {
        return user(id, name, name + "@example.org");
    }

    static User user(long id, String name, String email) {
        return new User(id, name, name, email, "hash", Profile.EMPTY, false, T0, null);
    }

    static Community community(long id, long ownerId) {
        return new Community(id, "community " + id, null, ownerId, T0);
    }

    static Role role(long id, long communityId) {
        return new Role(id, communityId, "role " + id, 0xff0000, 1, PermissionSet.EVERYONE_DEFAULT);
    }

    static Member member(long communityId, long userId, Long... roleIds) {
        return new Member(communityId, userId, null, Set.of(roleIds), T0);
    }

    static Channel channel(long id, long communityId, ChannelType type, Long parentId, Overwrite... overwrites) {
        return new Channel(id, communityId, type, "channel-" + id, null, 0, parentId, 0, false, false,
                List.of(overwrites), T0);
    }

    static Overwrite roleOverwrite(long roleId) {
        return new Overwrite(Overwrite.Target.ROLE, roleId, PermissionSet.NONE, PermissionSet.ALL);
    }

    static Invite invite(String code, long communityId) {
        return new Invite(code, communityId, 1, T0, null, 0, 0);
    }

    static Session session(long id, long userId) {
        return new Session(id, userId, "laptop", "127.0.0.1", T0, T0, null);
    }

    static RefreshToken token(String hash, long sessionId, long userId) {
        return new RefreshToken(hash, sessionId, userId, T0, T0.plusSeconds(3600), null);
    }
}
