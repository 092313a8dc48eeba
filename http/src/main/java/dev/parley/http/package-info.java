/**
 * Parley's REST API: a thin edge over the {@code core} use cases.
 *
 * <p>The contract of this edge:
 * <ul>
 *   <li>{@link dev.parley.http.Routes} is the only route table; the router, the OpenAPI document
 *       ({@code GET /api/v1/openapi.json}) and the tests are all derived from it.</li>
 *   <li>Handlers translate and delegate: they read path parameters and a decoded body, call one
 *       use case and return its view. They never decide access (the use cases do), and never
 *       touch storage, the bus or files.</li>
 *   <li>Input is checked at the boundary before a use case runs: path ids must be positive
 *       decimal longs ({@code @me} where a user id is expected; an {@code {emoji}} segment is
 *       percent-encoded text the use case judges), query ids, seqs and limits must be integers of
 *       their kind ({@link dev.parley.http.route.QueryParam}), bodies must be
 *       {@code application/json} within the size limit, with no unknown field and no value of
 *       the wrong JSON type; ids travel as decimal strings.</li>
 *   <li>Every error is an RFC 9457 problem ({@code application/problem+json}) with a stable
 *       {@code code}, made in one place, {@link dev.parley.http.problem.Problems}. Internals
 *       never leak: an unexpected exception answers 500 with a log reference.</li>
 *   <li>Bearer tokens are checked on every authenticated request through the accounts use case,
 *       so revoked sessions stop working at once.</li>
 *   <li>Handlers run on virtual threads, never on the event loop (see {@link dev.parley.http.RestApi}).</li>
 * </ul>
 */
package dev.parley.http;
