/**
 * The JDBC storage backend over Jdbi, for two databases: {@link dev.parley.store.sql.SqlStorage}
 * on an embedded SQLite file (one writer thread, group commit) and
 * {@link dev.parley.store.sql.PostgresStorage} on a PostgreSQL server (concurrent SERIALIZABLE
 * writers, retried on serialization failures); {@link dev.parley.store.sql.Databases} opens the
 * one a URL names. One small {@code Sql*Store} class per port is bound to the transaction's handle,
 * with a {@code *Rows} mapper beside each; both databases share them.
 *
 * <p>Promises, beyond the port contract:
 * <ul>
 *   <li>Statements are portable SQL. What differs per database (recognising and naming unique
 *       violations, the migration folder, connection setup) sits behind the sealed
 *       {@code Dialect}. The two promises a single writer keeps for free and concurrent writers
 *       do not (gap-free message seqs, event log positions in commit order) have PostgreSQL
 *       versions of their stores that add locking: {@code PostgresMessageStore},
 *       {@code PostgresEventLogStore}, handed out by {@code PostgresTx}.</li>
 *   <li>The schema is owned by Flyway: {@code db/migration/<dialect>/V*.sql}, applied on open,
 *       never twice. Deletions the ports promise (community, role, channel, category,
 *       conversation) are foreign-key cascades in the schema, not code; turning a message into a
 *       tombstone is an update, so the rows it loses (mentions, versions, reactions) are deleted
 *       by {@code SqlMessageStore}.</li>
 *   <li>Each channel's message seq comes from a counter row ({@code channel_seqs}) written in the
 *       append's transaction; see {@code SqlMessageStore} and {@code PostgresMessageStore}.</li>
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
