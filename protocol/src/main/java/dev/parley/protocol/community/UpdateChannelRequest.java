package dev.parley.protocol.community;

import dev.parley.protocol.Id;
import java.util.List;

/** Changes the fields given; {@code clear} may name topic and parent_id. */
public record UpdateChannelRequest(
        String name,
        String topic,
        Integer position,
        @Id Long parentId,
        Integer slowmodeSeconds,
        Boolean nsfw,
        Boolean syncedWithCategory,
        List<String> clear) {
}
