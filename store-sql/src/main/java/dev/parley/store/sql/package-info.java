/**
 * The JDBC storage backend: {@link dev.parley.store.sql.SqlStorage} implements every store port
 * over Jdbi, with one small {@code Sql*Store} class per port bound to the transaction's handle and
 * a {@code *Rows} mapper beside each.
 *
 * <p>Promises, beyond the port contract:
 * <ul>
 *   <li>Statements are portable SQL. What differs per database (recognising and naming unique
 *       violations, the migration folder, connection setup) sits behind the sealed
 *       {@code Dialect}; SQLite is the only dialect so far, PostgreSQL comes next.</li>
 *   <li>The schema is owned by Flyway: {@code db/migration/<dialect>/V*.sql}, applied on open,
 *       never twice. Deletions the ports promise (community, role, channel, category,
 *       conversation) are foreign-key cascades in the schema, not code; turning a message into a
 *       tombstone is an update, so the rows it loses (mentions, versions, reactions) are deleted
 *       by {@code SqlMessageStore}.</li>
 *   <li>Each channel's message seq comes from a counter row ({@code channel_seqs}) written in the
 *       append's transaction; see {@code SqlMessageStore}.</li>
 *   <li>Reads that take many ids ({@code IN (...)}) go in chunks of a few hundred, one statement
 *       per chunk, never one per id.</li>
 *   <li>Instants are stored as epoch milliseconds, ids and permission sets as 64-bit integers;
 *       usernames and emails also in {@link dev.parley.domain.user.User#canonical canonical} form,
 *       which is what uniqueness and lookups use.</li>
 *   <li>Every database failure reaches callers as a {@link dev.parley.store.StoreException}:
 *       {@code Conflict} with the port's key for unique violations, {@code Unavailable} otherwise;
 *       other exceptions thrown by the work pass through unchanged after the rollback.</li>
 * </ul>
 */
package dev.parley.store.sql;
