package dev.parley.bus;

/**
 * What a bus listener hears about one event-log position: the whole commit when it was made on
 * this node, or only a doorbell when another node made it (the listener reads the event from the
 * log). Either way the log holds the event before the notice is sent.
 */
public sealed interface Notice permits Committed, Reached {
    /** The event-log position this notice is about. */
    long position();
}
