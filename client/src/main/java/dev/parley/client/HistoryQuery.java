package dev.parley.client;

/**
 * Which page of a channel's history to read with {@link MessagesApi#history(long, HistoryQuery)}.
 * Pages always come back in ascending {@code seq} order, deleted messages included as tombstones.
 *
 * <p>The server accepts at most one anchor: {@code before}, {@code after} or {@code around} a
 * message id of the channel, or the {@code fromSeq}..{@code toSeq} range (both or neither); with
 * none it answers the newest page. {@code limit} is 1 to 100, and when null the server's default
 * (50) applies. The static factories build only valid combinations; the canonical constructor
 * accepts any, so tests can send what the server must refuse. Null components are left out of the
 * query string.
 */
public record HistoryQuery(Long before, Long after, Long around, Long fromSeq, Long toSeq, Integer limit) {

    /** The newest page, of the server's default size. */
    public static HistoryQuery latest() {
        return new HistoryQuery(null, null, null, null, null, null);
    }

    /** The newest {@code limit} messages. */
    public static HistoryQuery latest(int limit) {
        return latest().withLimit(limit);
    }

    /** Up to {@code limit} messages just older than message {@code messageId}, which is not included. */
    public static HistoryQuery before(long messageId, int limit) {
        return new HistoryQuery(messageId, null, null, null, null, limit);
    }

    /** Up to {@code limit} messages just newer than message {@code messageId}, which is not included. */
    public static HistoryQuery after(long messageId, int limit) {
        return new HistoryQuery(null, messageId, null, null, null, limit);
    }

    /** Up to {@code limit} messages centred on message {@code messageId}, which is included. */
    public static HistoryQuery around(long messageId, int limit) {
        return new HistoryQuery(null, null, messageId, null, null, limit);
    }

    /**
     * The messages whose {@code seq} is in {@code fromSeq..toSeq} (both inclusive, from 1), for
     * filling a gap seen in the event stream. The server returns at most {@code limit} of them,
     * lowest seq first, with the default limit unless {@link #withLimit} sets one; when the page
     * comes back full, continue from the last seq plus one.
     */
    public static HistoryQuery seqRange(long fromSeq, long toSeq) {
        return new HistoryQuery(null, null, null, fromSeq, toSeq, null);
    }

    /** The same query with another page size; null means the server's default. */
    public HistoryQuery withLimit(Integer limit) {
        return new HistoryQuery(before, after, around, fromSeq, toSeq, limit);
    }

    /** {@code ?before=..&limit=..} with the set components, or empty when none is set. */
    String toQueryString() {
        return new QueryString()
                .add("before", before)
                .add("after", after)
                .add("around", around)
                .add("from_seq", fromSeq)
                .add("to_seq", toSeq)
                .add("limit", limit)
                .toString();
    }
}
