package dev.parley.store.event;

import java.time.Instant;
import java.util.Objects;

/**
 * One committed event as the event log holds it. The store does not interpret it: {@code audience}
 * is an encoded address (who may receive it), {@code type} the event's wire type and
 * {@code payload} its encoded body, exactly the bytes the gateway sends.
 */
public record LoggedEvent(long position, String audience, String type, byte[] payload, Instant at) {
    public LoggedEvent {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(at, "at");
    }
}
