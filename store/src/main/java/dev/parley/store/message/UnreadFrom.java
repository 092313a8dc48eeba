package dev.parley.store.message;

import java.util.Set;

/**
 * Where a reader stands in one channel, for {@link MessageStore#unreadAfter}: messages above
 * {@code afterSeq} are unread; {@code roleIds} are the reader's roles whose mentions count as
 * theirs (none in a DM or group).
 */
public record UnreadFrom(long channelId, long afterSeq, Set<Long> roleIds) {
    public UnreadFrom {
        roleIds = Set.copyOf(roleIds);
    }
}
