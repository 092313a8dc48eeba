package dev.parley.protocol.message;

import dev.parley.protocol.Id;
import java.util.List;

/** Delivery and read receipts of one message in a DM or group: who has it (✓) and who read it (✓✓).
 * Users who turned read receipts off appear as delivered only. */
public record ReceiptView(@Id long messageId, List<String> deliveredTo, List<String> readBy) {
}
