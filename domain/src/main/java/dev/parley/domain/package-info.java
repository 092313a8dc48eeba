/**
 * Parley's aggregates and their invariants, free of any framework.
 *
 * <p>Ids are time-ordered 64-bit integers from {@link dev.parley.domain.IdGenerator}; time comes
 * from an injected {@link java.time.InstantSource}. Nothing in this module touches the wall clock,
 * the network or the disk.
 */
package dev.parley.domain;
