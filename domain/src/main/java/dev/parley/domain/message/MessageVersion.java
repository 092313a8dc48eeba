package dev.parley.domain.message;

import java.time.Instant;

/**
 * An earlier text of an edited message: version 1 is the original, and {@code replacedAt} is
 * when the next edit replaced it. Deleting the message deletes its versions.
 */
public record MessageVersion(long messageId, int version, String content, Instant writtenAt, Instant replacedAt) {
}
