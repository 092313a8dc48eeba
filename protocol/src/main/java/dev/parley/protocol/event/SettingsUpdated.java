package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.parley.protocol.user.SettingsView;

/** The receiver's own privacy settings changed (sent to all their devices), whole. */
@JsonTypeName("settings_updated")
public record SettingsUpdated(SettingsView settings) implements Event {
}
