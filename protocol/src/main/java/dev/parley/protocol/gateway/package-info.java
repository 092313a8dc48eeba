/**
 * The real-time gateway's wire contract, specified in {@code docs/protocol/gateway.md}: the ops
 * ({@link dev.parley.protocol.gateway.Op}), the envelope every frame uses, one record per payload,
 * the close codes ({@link dev.parley.protocol.gateway.CloseCode}) and the limits
 * ({@link dev.parley.protocol.gateway.GatewayLimits}). Events travel in {@code DISPATCH} frames and
 * are the records of {@link dev.parley.protocol.event.Event}. JSON names are snake_case, as for REST.
 */
package dev.parley.protocol.gateway;
