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
 * A codec writes {@code d} of a dispatch as an {@link Event} so that it keeps its {@code type}.
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

    /** A DISPATCH frame carrying one event at session sequence number {@code s} (1, 2, 3, ...). */
    public static Envelope dispatch(long s, Event event) {
        if (s < 1) {
            throw new IllegalArgumentException("session sequence numbers start at 1: " + s);
        }
        return new Envelope(Op.DISPATCH, eventType(event.getClass()), s, event);
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
