package dev.parley.domain.channel;

import dev.parley.domain.permission.Overwrite;
import java.time.Instant;
import java.util.List;

/**
 * A channel of a community. {@code parentId} names its category (or is null). When
 * {@code syncedWithCategory} is true the channel uses its category's overwrites instead of its own.
 */
public record Channel(
        long id,
        long communityId,
        ChannelType type,
        String name,
        String topic,
        int position,
        Long parentId,
        int slowmodeSeconds,
        boolean nsfw,
        boolean syncedWithCategory,
        List<Overwrite> overwrites,
        Instant createdAt) {

    public Channel {
        overwrites = List.copyOf(overwrites);
    }

    public Channel with(String newName, String newTopic, int newPosition, Long newParentId,
                        int newSlowmode, boolean newNsfw, boolean newSynced, List<Overwrite> newOverwrites) {
        return new Channel(id, communityId, type, newName, newTopic, newPosition, newParentId,
                newSlowmode, newNsfw, newSynced, newOverwrites, createdAt);
    }
}
