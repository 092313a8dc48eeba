package dev.parley.protocol.community;

import dev.parley.protocol.Id;

/** Creates a channel: {@code type} is text (default), category or announcement. */
public record CreateChannelRequest(
        String type,
        String name,
        String topic,
        @Id Long parentId,
        Integer position,
        Integer slowmodeSeconds,
        Boolean nsfw) {
}
