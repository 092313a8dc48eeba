package dev.parley.protocol.gateway;

/** The answer of {@code GET /api/v1/gateway}: the WebSocket URL to connect to ({@code ws://} or {@code wss://}). */
public record GatewayInfo(String url) {
}
