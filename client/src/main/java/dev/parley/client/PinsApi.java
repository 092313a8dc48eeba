package dev.parley.client;

import dev.parley.protocol.message.MessageView;
import java.util.List;

/**
 * Pinned messages. Pinning needs MANAGE_MESSAGES in a community channel and is open to every
 * participant of a DM or group; a channel holds at most 50 pins. Pin and unpin are idempotent
 * and answer the message.
 */
public final class PinsApi {
    private final Requester requester;

    PinsApi(Requester requester) {
        this.requester = requester;
    }

    public MessageView pin(long messageId) {
        return requester.fetch(ApiCall.put(ApiPath.of("messages", messageId, "pin")), MessageView.class);
    }

    public MessageView unpin(long messageId) {
        return requester.fetch(ApiCall.delete(ApiPath.of("messages", messageId, "pin")), MessageView.class);
    }

    /** The channel's pinned messages, most recently pinned first. */
    public List<MessageView> list(long channelId) {
        return requester.fetchList(ApiCall.get(ApiPath.of("channels", channelId, "pins")), MessageView.class);
    }
}
