package dev.parley.bench;

import dev.parley.domain.IdGenerator;
import dev.parley.domain.message.Mentions;
import dev.parley.domain.message.Message;
import dev.parley.store.Storage;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

/**
 * Fills one channel with many messages fast, straight through the message store in large write
 * transactions. This is set-up, not load: it skips the use case (permission checks, read state,
 * events) that a real send pays, which is what the send runs measure. The messages are ordinary
 * ones: authors taken in turn from a few members, contents of varying length, ids from a
 * generator with a node id of its own so they never collide with the server's.
 */
final class HistoryFill {
    static final int BATCH = 10_000;
    private static final int AUTHORS = 10;
    private static final String TEXT = "The quick brown fox jumps over the lazy dog while the benchmark fills this channel. ";

    private HistoryFill() {
    }

    /** Appends {@code count} messages to {@code channelId}; returns their ids in seq order. */
    static long[] fill(Storage storage, long channelId, List<Long> members, int count) {
        IdGenerator ids = new IdGenerator(InstantSource.system(), BenchNode.FILL_NODE_ID);
        List<Long> authors = members.subList(0, Math.min(AUTHORS, members.size()));
        long[] out = new long[count];
        for (int from = 0; from < count; from += BATCH) {
            int first = from;
            int to = Math.min(count, from + BATCH);
            Instant now = Instant.now();
            storage.write(tx -> {
                for (int i = first; i < to; i++) {
                    long author = authors.get(i % authors.size());
                    String content = "#" + i + " " + TEXT.substring(0, 20 + (int) (i * 7919L % (TEXT.length() - 20)));
                    Message stored = tx.messages().append(Message.draft(ids.next(), channelId, author, content,
                            "fill-" + i, null, Mentions.NONE, now));
                    out[i] = stored.id();
                }
                return null;
            });
        }
        return out;
    }
}
