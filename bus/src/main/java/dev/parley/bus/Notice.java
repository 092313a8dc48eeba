package dev.parley.bus;

/**
 * What a bus listener hears: about one event-log position, the whole commit when it was made on
 * this node ({@link Committed}) or only a doorbell when another node made it ({@link Reached}; the
 * listener reads the event from the log, which holds it before the notice is sent); or an
 * ephemeral {@link Signal} from another node, which nothing stores.
 */
public sealed interface Notice permits Committed, Reached, Signal {
}
