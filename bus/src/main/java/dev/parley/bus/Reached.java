package dev.parley.bus;

/**
 * A doorbell from another node: the event log holds a committed event at {@code position}. The
 * listener reads it, and anything before it that it has not seen, from the store.
 */
public record Reached(long position) implements Notice {
    public Reached {
        if (position < 1) {
            throw new IllegalArgumentException("log positions start at 1: " + position);
        }
    }
}
