package dev.parley.bench;

import java.util.function.LongSupplier;

/**
 * Where the load goes: the REST API over loopback HTTP, or the same use cases called in process
 * (the baseline that shows what HTTP adds). Both do the same work per send and per page.
 */
interface Target {
    /** Appears in the report: "HTTP" or "in process". */
    String name();

    /**
     * The sends of one member to one channel. Client message ids are {@code idPrefix-n}, so runs
     * that give different prefixes never collide with each other's idempotency keys.
     */
    SendLoad.Send sender(BenchWorld.Member member, long channelId, String idPrefix);

    /**
     * History pages of {@code channelId} as {@code reader} sees them: the {@code limit} messages
     * before the id {@code anchor} gives, or the newest page when it gives 0.
     */
    ReadLoad.Read pages(BenchWorld.Member reader, long channelId, LongSupplier anchor, int limit);

    /** The text of the {@code n}-th message a sender sends: about 80 characters, like a chat line. */
    static String content(String idPrefix, long n) {
        return "bench message " + n + " from " + idPrefix + ": just a line of ordinary chat to send around";
    }
}
