package dev.parley.protocol.auth;

import dev.parley.protocol.Id;
import java.time.Instant;

/** A login session as its owner sees it; {@code current} marks the caller's own. */
public record SessionView(@Id long id, String deviceName, String ip, Instant createdAt, Instant lastUsedAt, boolean current) {
}
