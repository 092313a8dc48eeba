package dev.parley.protocol.gateway;

import java.util.List;

/**
 * RESUMED (server → client): every missed dispatch ({@code replayed} of them) has been sent;
 * {@code presences} replaces the client's presence state (presence changes are not replayed).
 */
public record Resumed(int replayed, List<Presence> presences) {
}
