package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.Id;

/** A participant of a DM or group got or read messages up to a seq ({@code readSeq} 0 when they hide read receipts). */
@JsonTypeName("receipt_updated")
public record ReceiptUpdated(@Id long channelId, @Id long userId, @Id long deliveredSeq, @Id long readSeq) implements Event {
}
