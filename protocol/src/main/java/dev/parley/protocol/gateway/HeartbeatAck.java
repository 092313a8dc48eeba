package dev.parley.protocol.gateway;

/** HEARTBEAT_ACK (server → client): answers a HEARTBEAT, echoing its {@code seq}. */
public record HeartbeatAck(Long seq) {
}
