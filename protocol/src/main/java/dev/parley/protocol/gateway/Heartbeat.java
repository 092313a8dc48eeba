package dev.parley.protocol.gateway;

/** HEARTBEAT (client → server): sent every heartbeat interval with the last {@code s} received (null before any). */
public record Heartbeat(Long seq) {
}
