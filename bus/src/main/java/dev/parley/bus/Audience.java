package dev.parley.bus;

import java.util.Set;

/** Who an event is for. The gateway resolves an audience to live connections. */
public sealed interface Audience {
    /** Every member of a community (channel events are further filtered by VIEW_CHANNEL). */
    record Community(long communityId) implements Audience {
    }

    /** Members of a community who can see one of its channels (VIEW_CHANNEL, checked at delivery). */
    record Channel(long communityId, long channelId) implements Audience {
    }

    /** Exactly these users, on all their devices. */
    record Users(Set<Long> userIds) implements Audience {
        public Users {
            userIds = Set.copyOf(userIds);
        }
    }

    /** A user and everyone who shares a community, DM or group with them. */
    record PeersOf(long userId) implements Audience {
    }

    static Audience user(long userId) {
        return new Users(Set.of(userId));
    }
}
