package dev.parley.gateway;

import dev.parley.bus.Audience;
import dev.parley.protocol.event.Event;

/**
 * One event-log entry as the hub routes it: its position, audience, decoded event (for the
 * subscription changes it implies), its encoded payload and the start of its DISPATCH envelope
 * ({@link Frames#dispatchHead}), both shared by every frame that carries it.
 */
record LogEvent(long position, Audience audience, Event event, String type, byte[] payload, byte[] dispatchHead) {
    LogEvent(long position, Audience audience, Event event, String type, byte[] payload) {
        this(position, audience, event, type, payload, Frames.dispatchHead(type));
    }
}
