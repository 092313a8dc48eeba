package dev.parley.protocol.gateway;

import dev.parley.protocol.conversation.ConversationView;
import dev.parley.protocol.message.ReadStateView;
import dev.parley.protocol.user.SettingsView;
import dev.parley.protocol.user.UserSelf;
import java.util.List;

/**
 * READY (server → client): the new session's id and a consistent snapshot of what the user sees.
 * Every later change arrives as a DISPATCH with {@code s} from 1. Member lists are not included
 * (REQUEST_MEMBERS loads them).
 */
public record Ready(
        String sessionId,
        UserSelf user,
        SettingsView settings,
        List<CommunitySnapshot> communities,
        List<ConversationView> conversations,
        List<ReadStateView> readStates,
        List<Presence> presences) {
}
