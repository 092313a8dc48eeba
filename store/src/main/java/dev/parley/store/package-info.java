/**
 * Storage ports: one narrow interface per aggregate, reached through a {@link dev.parley.store.Tx}
 * that {@link dev.parley.store.Storage} opens.
 *
 * <p>Promises every backend keeps (the contract suites in this module's test jar check them):
 * <ul>
 *   <li>Work passed to {@link dev.parley.store.Storage#write} is atomic: it commits whole when it
 *       returns normally and leaves no trace when it throws. Writes are serialized; a committed
 *       write is durable before {@code write} returns.</li>
 *   <li>Failures are typed: {@link dev.parley.store.StoreException.NotFound} and
 *       {@link dev.parley.store.StoreException.Conflict} (naming the unique key that clashed), never
 *       a driver exception. Tests assert the type, never the message.</li>
 *   <li>Usernames and emails are unique and looked up case-insensitively.</li>
 *   <li>Deleting a community deletes everything it owns: channels, roles, members and invites.</li>
 *   <li>Lists come back in a stated, stable order.</li>
 * </ul>
 * Ports carry no caching or retry flags; those are decorators.
 */
package dev.parley.store;
