/**
 * Parley's wire contract: REST request and response records, problem details with stable error
 * codes, and the closed catalog of events. Java names are camelCase; the JSON is snake_case
 * (the codec configures that). Ids are 64-bit integers sent as strings ({@link dev.parley.protocol.Id}).
 * This module depends on Jackson annotations only.
 */
package dev.parley.protocol;
