package dev.parley.protocol.message;

import java.time.Instant;

/** An earlier text of an edited message; version 1 is the original. */
public record MessageVersionView(int version, String content, Instant writtenAt, Instant replacedAt) {
}
