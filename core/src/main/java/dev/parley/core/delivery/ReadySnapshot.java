package dev.parley.core.delivery;

import dev.parley.protocol.conversation.ConversationView;
import dev.parley.protocol.gateway.CommunitySnapshot;
import dev.parley.protocol.message.ReadStateView;
import dev.parley.protocol.user.SettingsView;
import dev.parley.protocol.user.UserSelf;
import java.util.List;

/**
 * Everything READY holds except what only the gateway knows (session id, presences), read in one
 * transaction. {@code position} is the event log's head in that same transaction: the snapshot
 * includes every event at or below it and none above, so the gateway replays exactly the events
 * after {@code position} on top of it.
 */
public record ReadySnapshot(
        long position,
        UserSelf user,
        SettingsView settings,
        List<CommunitySnapshot> communities,
        List<ConversationView> conversations,
        List<ReadStateView> readStates) {
}
