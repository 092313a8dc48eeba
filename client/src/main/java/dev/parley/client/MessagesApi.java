package dev.parley.client;

import dev.parley.protocol.message.BulkDeleteRequest;
import dev.parley.protocol.message.EditMessageRequest;
import dev.parley.protocol.message.MessagePage;
import dev.parley.protocol.message.MessageVersionView;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.SendMessageRequest;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Messages of a channel: a community text channel, or a DM or group, whose conversation id is
 * also its channel id. Sending, history, edits with their earlier versions, and deletes (a deleted
 * message stays in history as a tombstone).
 *
 * <p><b>Retrying a send.</b> Every send carries a {@code client_msg_id}, the author's idempotency
 * key: the server answers a second send with the same id and the same body with the message the
 * first one created, and the same id with another body with 409 {@code client_msg_id_reused}. So
 * a send that failed ambiguously (a timeout, a dropped connection, a 5xx) is retried safely only
 * by sending the <em>same</em> request again:
 * <pre>{@code
 * SendMessageRequest request = new SendMessageRequest("hello", MessagesApi.newClientMsgId(), null);
 * MessageView sent;
 * try {
 *     sent = client.messages().send(channelId, request);
 * } catch (UncheckedIOException ambiguous) {
 *     sent = client.messages().send(channelId, request); // posts at most once
 * }
 * }</pre>
 * {@link #send(long, String)} and {@link #reply(long, long, String)} draw a new id on every call,
 * so calling them again after a failure may post the message twice.
 */
public final class MessagesApi {
    private final Requester requester;

    MessagesApi(Requester requester) {
        this.requester = requester;
    }

    /**
     * A fresh {@code client_msg_id}: a random UUID's 32 hex digits. Draw it once per message and
     * reuse it for every retry of that message.
     */
    public static String newClientMsgId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * Sends {@code content} under a new {@link #newClientMsgId() client_msg_id}. Not for retries:
     * each call is a new message; see the class comment.
     */
    public MessageView send(long channelId, String content) {
        return send(channelId, new SendMessageRequest(content, newClientMsgId(), null));
    }

    /** Sends {@code content} as a reply to message {@code replyToId} of the same channel, under a new client_msg_id. */
    public MessageView reply(long channelId, long replyToId, String content) {
        return send(channelId, new SendMessageRequest(content, newClientMsgId(), replyToId));
    }

    /**
     * Sends the request as given. Sending the same request again (same {@code client_msg_id}, same
     * body) returns the original message instead of posting another, which is how to retry.
     */
    public MessageView send(long channelId, SendMessageRequest request) {
        return requester.fetch(ApiCall.post(messagesPath(channelId), request), MessageView.class);
    }

    /** The newest page of the channel's history, of the server's default size. */
    public MessagePage history(long channelId) {
        return history(channelId, HistoryQuery.latest());
    }

    /** One page of the channel's history, ascending by seq; see {@link HistoryQuery}. */
    public MessagePage history(long channelId, HistoryQuery query) {
        return requester.fetch(ApiCall.get(messagesPath(channelId) + query.toQueryString()), MessagePage.class);
    }

    /**
     * Deletes up to 100 messages of the channel at once (MANAGE_MESSAGES) and answers the ids it
     * deleted; messages already deleted are skipped and not listed.
     */
    public List<Long> bulkDelete(long channelId, BulkDeleteRequest request) {
        BulkDeleted answer = requester.fetch(
                ApiCall.post(ApiPath.of("channels", channelId, "messages", "bulk-delete"), request), BulkDeleted.class);
        return answer.deleted() == null ? List.of() : List.copyOf(answer.deleted());
    }

    /** As {@link #bulkDelete(long, BulkDeleteRequest)} with the ids given as numbers. */
    public List<Long> bulkDelete(long channelId, Collection<Long> messageIds) {
        return bulkDelete(channelId, new BulkDeleteRequest(messageIds.stream().map(String::valueOf).toList()));
    }

    public MessageView get(long messageId) {
        return requester.fetch(ApiCall.get(messagePath(messageId)), MessageView.class);
    }

    /** Replaces the text (author only); the earlier text is kept as a version. */
    public MessageView edit(long messageId, EditMessageRequest request) {
        return requester.fetch(ApiCall.patch(messagePath(messageId), request), MessageView.class);
    }

    /** As {@link #edit(long, EditMessageRequest)}. */
    public MessageView edit(long messageId, String content) {
        return edit(messageId, new EditMessageRequest(content));
    }

    /** Deletes the message: its author always may, others need MANAGE_MESSAGES. */
    public void delete(long messageId) {
        requester.execute(ApiCall.delete(messagePath(messageId)));
    }

    /** The earlier texts of an edited message, version 1 being the original. */
    public List<MessageVersionView> versions(long messageId) {
        return requester.fetchList(ApiCall.get(ApiPath.of("messages", messageId, "versions")), MessageVersionView.class);
    }

    private static String messagesPath(long channelId) {
        return ApiPath.of("channels", channelId, "messages");
    }

    private static String messagePath(long messageId) {
        return ApiPath.of("messages", messageId);
    }

    /** The answer to a bulk delete: {@code {"deleted": ["1", "2"]}}. */
    record BulkDeleted(List<Long> deleted) {
    }
}
