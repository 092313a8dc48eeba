package dev.parley.gateway;

import dev.parley.bus.Audience;
import dev.parley.protocol.event.Event;

/**
 * One event-log entry as the hub routes it: its position, audience, decoded event (for the
 * subscription changes it implies) and its encoded payload, shared by every frame that carries it.
 */
record LogEvent(long position, Audience audience, Event event, String type, byte[] payload) {
}
