package dev.parley.client;

import dev.parley.protocol.message.AckRequest;
import dev.parley.protocol.message.ReadStateView;
import dev.parley.protocol.message.ReceiptView;
import java.util.List;

/**
 * Read state, kept by the server per user and channel so every device of the user agrees, and
 * the receipts of DM and group messages. Acks only move forward: acking an older message than
 * the one already acked changes nothing and answers the current state.
 */
public final class ReadStatesApi {
    private final Requester requester;

    ReadStatesApi(Requester requester) {
        this.requester = requester;
    }

    /** Marks message {@code messageId} and everything before it in the channel read. */
    public ReadStateView ack(long channelId, long messageId) {
        return ack(channelId, new AckRequest(messageId));
    }

    /** As {@link #ack(long, long)}, with the request as given. */
    public ReadStateView ack(long channelId, AckRequest request) {
        return requester.fetch(ApiCall.post(ApiPath.of("channels", channelId, "ack"), request), ReadStateView.class);
    }

    /** Marks message {@code messageId} and everything before it delivered to one of the caller's devices. */
    public ReadStateView delivered(long channelId, long messageId) {
        return delivered(channelId, new AckRequest(messageId));
    }

    /** As {@link #delivered(long, long)}, with the request as given. */
    public ReadStateView delivered(long channelId, AckRequest request) {
        return requester.fetch(ApiCall.post(ApiPath.of("channels", channelId, "delivered"), request), ReadStateView.class);
    }

    /** The caller's read state of one channel, with its unread and mention counts. */
    public ReadStateView get(long channelId) {
        return requester.fetch(ApiCall.get(ApiPath.of("channels", channelId, "read-state")), ReadStateView.class);
    }

    /** The caller's read states of every text channel and conversation they can see. */
    public List<ReadStateView> all() {
        return requester.fetchList(ApiCall.get(ApiPath.of("users", ApiPath.ME, "read-states")), ReadStateView.class);
    }

    /**
     * Who a DM or group message reached (✓) and who read it (✓✓); only its author may ask. Users
     * who turned read receipts off appear as delivered only.
     */
    public ReceiptView receipts(long messageId) {
        return requester.fetch(ApiCall.get(ApiPath.of("messages", messageId, "receipts")), ReceiptView.class);
    }
}
