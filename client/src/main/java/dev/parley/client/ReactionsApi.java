package dev.parley.client;

import dev.parley.protocol.user.UserPublic;
import java.util.List;
import java.util.Objects;

/**
 * Reactions with unicode emoji ({@code /api/v1/messages/{mid}/reactions}). An emoji is passed as
 * the string itself, e.g. {@code "👍"} or a ZWJ sequence such as {@code "👨‍👩‍👧"}, and sent
 * percent-encoded as one path segment; the server accepts exactly one emoji (one grapheme
 * cluster). Adding and removing one's own reaction are idempotent; removing others' reactions and
 * clearing need MANAGE_MESSAGES.
 */
public final class ReactionsApi {
    private final Requester requester;

    ReactionsApi(Requester requester) {
        this.requester = requester;
    }

    /** Adds the caller's reaction. */
    public void add(long messageId, String emoji) {
        requester.execute(ApiCall.put(userPath(messageId, emoji, ApiPath.ME)));
    }

    /** Removes the caller's own reaction. */
    public void remove(long messageId, String emoji) {
        requester.execute(ApiCall.delete(userPath(messageId, emoji, ApiPath.ME)));
    }

    /** Removes another user's reaction (MANAGE_MESSAGES unless it is the caller's own). */
    public void remove(long messageId, String emoji, long userId) {
        requester.execute(ApiCall.delete(userPath(messageId, emoji, userId)));
    }

    /** The first page of users who reacted with {@code emoji}, of the server's default size. */
    public List<UserPublic> users(long messageId, String emoji) {
        return users(messageId, emoji, null, null);
    }

    /**
     * Users who reacted with {@code emoji}, ordered by user id, starting after user id
     * {@code after}, at most {@code limit} (1 to 100); a null argument is left out of the query.
     */
    public List<UserPublic> users(long messageId, String emoji, Long after, Integer limit) {
        String query = new QueryString().add("after", after).add("limit", limit).toString();
        return requester.fetchList(ApiCall.get(emojiPath(messageId, emoji) + query), UserPublic.class);
    }

    /** Removes every reaction of the message (MANAGE_MESSAGES). */
    public void clearAll(long messageId) {
        requester.execute(ApiCall.delete(ApiPath.of("messages", messageId, "reactions")));
    }

    /** Removes every reaction with {@code emoji} from the message (MANAGE_MESSAGES). */
    public void clear(long messageId, String emoji) {
        requester.execute(ApiCall.delete(emojiPath(messageId, emoji)));
    }

    private static String emojiPath(long messageId, String emoji) {
        return ApiPath.of("messages", messageId, "reactions", Objects.requireNonNull(emoji, "emoji"));
    }

    private static String userPath(long messageId, String emoji, Object user) {
        return ApiPath.of("messages", messageId, "reactions", Objects.requireNonNull(emoji, "emoji"), user);
    }
}
