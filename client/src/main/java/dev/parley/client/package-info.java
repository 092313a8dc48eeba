/**
 * The Java SDK for Parley's REST API, over {@link java.net.http.HttpClient} and the records of
 * {@code dev.parley.protocol}. Used by the server's integration tests, the load generator and bots.
 *
 * <p>What it promises:
 * <ul>
 *   <li><b>One client, one identity.</b> A {@link dev.parley.client.ParleyClient} holds the
 *       credentials of at most one user; {@code auth().login} stores them and every later call
 *       sends {@code Authorization: Bearer}. {@code withToken} and {@code anonymous} derive
 *       clients with their own credentials over the same connections.</li>
 *   <li><b>One transparent refresh.</b> A call answered 401 {@code token_expired} is retried once
 *       after spending the refresh token, and never again; concurrent expiries share one refresh,
 *       because presenting a refresh token twice revokes the session. A failed refresh leaves the
 *       original 401 to be thrown, with the refresh failure attached as suppressed.</li>
 *   <li><b>Every non-2xx answer is a {@link dev.parley.client.ParleyException}</b> with the status,
 *       the RFC 9457 problem (synthetic, code {@code http_<status>}, when the body was not one) and
 *       its stable code. I/O failures are {@link java.io.UncheckedIOException}s. Nothing retries on
 *       its own except the refresh above; rate limits report {@code retryAfterSeconds()}.</li>
 *   <li><b>Sends are retried by the caller, safely.</b> A message carries a {@code client_msg_id};
 *       sending the same {@link dev.parley.protocol.message.SendMessageRequest} again returns the
 *       message the first send created, so an ambiguous failure is retried by resending the same
 *       request (see {@link dev.parley.client.MessagesApi}).</li>
 *   <li><b>The wire format is the protocol's:</b> snake_case, ids as decimal strings, instants as
 *       ISO-8601 strings; null request fields are omitted; unknown response fields are ignored so
 *       a newer server does not break an older SDK.</li>
 *   <li><b>Paths are safe:</b> ids are {@code long}s and string segments (usernames, invite codes,
 *       reaction emoji) are percent-encoded as UTF-8, and null or empty ones are refused, so no
 *       argument can change which resource is addressed.</li>
 *   <li><b>{@link dev.parley.client.ParleyClient#raw raw}</b> sends exactly the given method, path
 *       and body and judges nothing, for tests of malformed input.</li>
 * </ul>
 */
package dev.parley.client;
