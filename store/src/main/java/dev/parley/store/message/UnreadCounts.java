package dev.parley.store.message;

/**
 * A reader's counts in one channel: {@code unread} as {@link MessageStore#countAfter} gives it and
 * {@code mentions} as {@link MessageStore#mentionsAfter} does.
 */
public record UnreadCounts(int unread, int mentions) {
    public static final UnreadCounts NONE = new UnreadCounts(0, 0);
}
