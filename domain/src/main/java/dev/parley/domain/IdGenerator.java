package dev.parley.domain;

import java.time.InstantSource;

/**
 * Makes unique, time-ordered 64-bit ids: 42 bits of milliseconds since {@link #EPOCH_MILLIS},
 * 10 bits of node id and 12 bits of counter. Ids from one generator strictly increase; ids from
 * generators with different node ids never collide. When the clock steps back, the generator keeps
 * counting from the last timestamp it used instead of reusing ids.
 */
public final class IdGenerator {
    /** 2026-01-01T00:00:00Z: the start of Parley time. */
    public static final long EPOCH_MILLIS = 1_767_225_600_000L;
    public static final int NODE_BITS = 10;
    public static final int COUNTER_BITS = 12;
    public static final int MAX_NODE = (1 << NODE_BITS) - 1;
    private static final long COUNTER_MASK = (1L << COUNTER_BITS) - 1;

    private final InstantSource clock;
    private final long node;
    private long lastMillis = -1;
    private long counter;

    public IdGenerator(InstantSource clock, int node) {
        if (node < 0 || node > MAX_NODE) {
            throw new IllegalArgumentException("node id must be in 0.." + MAX_NODE + ", was " + node);
        }
        this.clock = clock;
        this.node = node;
    }

    public synchronized long next() {
        long now = Math.max(clock.millis() - EPOCH_MILLIS, lastMillis);
        if (now == lastMillis) {
            counter = (counter + 1) & COUNTER_MASK;
            if (counter == 0) {
                now = lastMillis + 1; // counter exhausted: borrow the next millisecond
            }
        } else {
            counter = 0;
        }
        lastMillis = now;
        return (now << (NODE_BITS + COUNTER_BITS)) | (node << COUNTER_BITS) | counter;
    }

    /** The creation time encoded in an id, in epoch milliseconds. */
    public static long millisOf(long id) {
        return (id >>> (NODE_BITS + COUNTER_BITS)) + EPOCH_MILLIS;
    }
}
