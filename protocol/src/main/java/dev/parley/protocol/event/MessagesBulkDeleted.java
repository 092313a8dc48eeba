package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.Id;
import java.util.List;

/** A moderator deleted several messages of a channel at once. */
@JsonTypeName("messages_bulk_deleted")
public record MessagesBulkDeleted(@Id long channelId, List<String> messageIds) implements Event {
}
