package dev.parley.http.message;

import java.util.List;

/** The answer to a bulk delete: the ids of the messages it deleted (already deleted ones are skipped). */
public record BulkDeleteResponse(List<String> deleted) {
}
