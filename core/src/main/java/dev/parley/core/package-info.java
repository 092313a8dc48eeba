/**
 * Parley's use cases: the one mutation path. Every change goes through a method here that
 * validates its input, authorizes the caller with the pure permission calculator, persists in one
 * transaction, and publishes its events on the bus only after the commit ({@link dev.parley.core.Mutations}).
 *
 * <p>Failures are {@link dev.parley.core.Failure}s carrying a stable
 * {@link dev.parley.protocol.error.ErrorCode}; a failed call changes nothing. A resource the caller
 * may not see fails with NOT_FOUND, never MISSING_PERMISSION, so ids cannot be probed.
 * Use cases never read the wall clock: time comes from an injected {@link java.time.InstantSource}.
 */
package dev.parley.core;
