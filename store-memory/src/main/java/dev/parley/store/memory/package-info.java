/**
 * The reference storage backend: {@link dev.parley.store.memory.MemoryStorage} keeps every row in
 * plain maps of immutable records and passes the same contract suites as every other backend.
 * When a backend and this one disagree, the port's Javadoc decides, and this package is the
 * readable statement of what that Javadoc means.
 *
 * <p>What it promises beyond the ports:
 * <ul>
 *   <li>One lock serializes all transactions; a write works on a copy of the state that replaces
 *       the state only on success, so a failed write leaves nothing behind.</li>
 *   <li>Nothing survives {@link dev.parley.store.memory.MemoryStorage#close()} or the process; it is
 *       for tests, demos and single-process development, never for production data.</li>
 *   <li>Lists whose port order leaves ties open break them the same way every time: sessions newest
 *       first by creation time then id, invites newest first then by code, revoked session ids
 *       ascending, pins made in the same instant newest message first, emojis first used in the same
 *       instant by {@link java.lang.String} order.</li>
 *   <li>References between rows are not checked (a member of an unknown community is accepted); the
 *       cascades the ports describe are the only referential behaviour. Inserting a second row with
 *       an existing primary id is a caller bug and throws {@link java.lang.IllegalStateException}.</li>
 * </ul>
 */
package dev.parley.store.memory;
