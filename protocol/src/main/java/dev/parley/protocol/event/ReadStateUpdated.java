package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.message.ReadStateView;

/** The receiver's own read position in a channel moved (sent to all their devices). */
@JsonTypeName("read_state_updated")
public record ReadStateUpdated(ReadStateView readState) implements Event {
}
