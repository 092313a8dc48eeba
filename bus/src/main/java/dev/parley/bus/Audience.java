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

    /**
     * The audience as the event log stores it: {@code community:C}, {@code channel:C:CH},
     * {@code users:U1,U2,...} (ascending) or {@code peers:U}. {@link #decode} reads it back.
     */
    default String encode() {
        return switch (this) {
            case Community c -> "community:" + c.communityId();
            case Channel c -> "channel:" + c.communityId() + ":" + c.channelId();
            case Users u -> "users:" + u.userIds().stream().sorted().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(","));
            case PeersOf p -> "peers:" + p.userId();
        };
    }

    /** Reads what {@link #encode} wrote; throws IllegalArgumentException on anything else. */
    static Audience decode(String encoded) {
        int colon = encoded.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not an audience: " + encoded);
        }
        String rest = encoded.substring(colon + 1);
        try {
            return switch (encoded.substring(0, colon)) {
                case "community" -> new Community(Long.parseLong(rest));
                case "channel" -> {
                    int split = rest.indexOf(':');
                    yield new Channel(Long.parseLong(rest.substring(0, split)), Long.parseLong(rest.substring(split + 1)));
                }
                case "users" -> new Users(rest.isEmpty() ? Set.of() : java.util.Arrays.stream(rest.split(","))
                        .map(Long::valueOf).collect(java.util.stream.Collectors.toSet()));
                case "peers" -> new PeersOf(Long.parseLong(rest));
                default -> throw new IllegalArgumentException("not an audience: " + encoded);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an audience: " + encoded, e);
        }
    }
}
