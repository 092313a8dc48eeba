package dev.parley.protocol.message;

import java.util.List;

/** Deletes up to 100 messages of one channel at once (MANAGE_MESSAGES). */
public record BulkDeleteRequest(List<String> messageIds) {
}
