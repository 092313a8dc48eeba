package dev.parley.protocol.message;

import dev.parley.protocol.Id;
import dev.parley.protocol.user.UserPublic;
import java.time.Instant;
import java.util.List;

/** A message. A deleted message is a tombstone: {@code deleted} true, no content. {@code seq} is its
 * gap-free position in the channel. */
public record MessageView(
        @Id long id,
        @Id long channelId,
        @Id long seq,
        UserPublic author,
        String content,
        String clientMsgId,
        @Id Long replyToId,
        MentionsView mentions,
        List<ReactionView> reactions,
        boolean pinned,
        boolean deleted,
        Instant createdAt,
        Instant editedAt) {
}
