package dev.parley.bus;

import java.util.Objects;

/**
 * A dispatch as the bus carries it, after its transaction committed: its position in the event log
 * and the encoded event ({@code payload}, the JSON a DISPATCH frame carries in {@code d}), encoded
 * once by the mutation path so that no listener encodes it again. Listeners on the node that
 * made the change receive it whole; other nodes receive a {@link Reached} for the same position.
 */
public record Committed(long position, Dispatch dispatch, byte[] payload) implements Notice {
    public Committed {
        Objects.requireNonNull(dispatch, "dispatch");
        Objects.requireNonNull(payload, "payload");
        if (position < 1) {
            throw new IllegalArgumentException("log positions start at 1: " + position);
        }
    }
}
