package dev.parley.protocol.gateway;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.parley.protocol.event.Event;
import java.util.Objects;

/**
 * A DISPATCH frame: {@code {"op": "DISPATCH", "t": <event type>, "s": <session seq>, "d": <event>}}.
 * {@code d} is declared as an {@link Event} so that it is written with its {@code type}, which an
 * {@link Envelope}'s untyped {@code d} would lose. {@code s} starts at 1 after READY and grows by
 * one per dispatch of the session, with no gaps.
 */
@JsonPropertyOrder({"op", "t", "s", "d"})
@JsonIgnoreProperties(value = "op", allowGetters = true)
public record DispatchFrame(String t, long s, Event d) {

    public DispatchFrame {
        Objects.requireNonNull(d, "d");
        if (s < 1) {
            throw new IllegalArgumentException("session sequence numbers start at 1: " + s);
        }
        if (!Envelope.eventType(d.getClass()).equals(t)) {
            throw new IllegalArgumentException("t must be the event's type: " + t);
        }
    }

    public static DispatchFrame of(long s, Event event) {
        return new DispatchFrame(Envelope.eventType(event.getClass()), s, event);
    }

    @JsonProperty("op")
    public Op op() {
        return Op.DISPATCH;
    }
}
