package dev.parley.bus;

import dev.parley.protocol.event.Event;

/** One committed event and whom it is for. */
public record Dispatch(Audience audience, Event event) {
}
