package dev.parley.protocol.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.event.Event;
import java.util.Objects;

/**
 * One gateway frame: {@code {"op": ..., "t": ..., "s": ..., "d": ...}}. {@code s} (the session
 * sequence number) and {@code t} (the event type) are set on {@code DISPATCH} only; {@code d} is the
 * op's payload ({@link Op#clientPayload()}, {@link Op#serverPayload()}), absent when it has none.
 * Reading, {@code d} arrives untyped: convert it by {@code op}. Write dispatches as a
 * {@link DispatchFrame}, whose {@code d} keeps the event's {@code type}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"op", "t", "s", "d"})
public record Envelope(Op op, String t, Long s, Object d) {

    public Envelope {
        Objects.requireNonNull(op, "op");
        if (op.sequenced() != (s != null) || op.sequenced() != (t != null)) {
            throw new IllegalArgumentException("s and t are set on DISPATCH frames and only there");
        }
    }

    /** A frame of any op but DISPATCH. */
    public static Envelope of(Op op, Object d) {
        return new Envelope(op, null, null, d);
    }

    /** An event's wire type ({@code "message_created"}), as its {@code type} field and the frame's {@code t} carry it. */
    public static String eventType(Class<? extends Event> type) {
        JsonTypeName name = type.getAnnotation(JsonTypeName.class);
        if (name == null) {
            throw new IllegalArgumentException(type.getName() + " has no @JsonTypeName");
        }
        return name.value();
    }
}
