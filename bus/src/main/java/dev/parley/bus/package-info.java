/**
 * The bus: how a committed change reaches whoever delivers it (the gateway, on any node).
 *
 * <p>On the node that made the change a listener hears the whole {@link dev.parley.bus.Committed}
 * (event and encoded payload, no read needed); on other nodes it hears a {@link
 * dev.parley.bus.Reached} doorbell with the log position and reads the event from the store. The
 * bus wakes, the store answers.
 *
 * <p>Promises: {@link dev.parley.bus.Bus#publish} is called only after the change committed, so a
 * listener may read the store and see it. Each listener receives the dispatches of one publisher
 * in the order they were published. A failing listener never stops delivery to the others. The
 * bus is a doorbell, not the truth: a listener that misses a dispatch repairs from the database
 * (the gateway issue defines how), so no promise here is about durability.
 */
package dev.parley.bus;
