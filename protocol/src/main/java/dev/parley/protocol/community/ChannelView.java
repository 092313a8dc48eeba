package dev.parley.protocol.community;

import dev.parley.protocol.Id;
import java.time.Instant;
import java.util.List;

/** A channel of a community: {@code type} is text, category or announcement. */
public record ChannelView(
        @Id long id,
        @Id long communityId,
        String type,
        String name,
        String topic,
        int position,
        @Id Long parentId,
        int slowmodeSeconds,
        boolean nsfw,
        boolean syncedWithCategory,
        List<OverwriteView> overwrites,
        Instant createdAt) {
}
