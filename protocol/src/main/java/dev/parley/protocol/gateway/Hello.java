package dev.parley.protocol.gateway;

/** HELLO (server → client): the first frame. Send a HEARTBEAT every {@code heartbeatIntervalMs}. */
public record Hello(long heartbeatIntervalMs) {
}
