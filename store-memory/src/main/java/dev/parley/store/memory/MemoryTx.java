package dev.parley.store.memory;

import dev.parley.store.Tx;
import dev.parley.store.channel.ChannelStore;
import dev.parley.store.community.CommunityStore;
import dev.parley.store.community.MemberStore;
import dev.parley.store.conversation.ConversationStore;
import dev.parley.store.invite.InviteStore;
import dev.parley.store.message.MessageStore;
import dev.parley.store.message.ReactionStore;
import dev.parley.store.readstate.ReadStateStore;
import dev.parley.store.role.RoleStore;
import dev.parley.store.session.SessionStore;
import dev.parley.store.event.EventLogStore;
import dev.parley.store.gateway.ResumeRecordStore;
import dev.parley.store.key.SigningKeyStore;
import dev.parley.store.user.LastSeenStore;
import dev.parley.store.user.SettingsStore;
import dev.parley.store.user.UserStore;

/** The stores of one transaction, all working on the same {@link MemoryState}. */
record MemoryTx(
        UserStore users,
        SessionStore sessions,
        CommunityStore communities,
        MemberStore members,
        ChannelStore channels,
        RoleStore roles,
        InviteStore invites,
        MessageStore messages,
        ReactionStore reactions,
        ConversationStore conversations,
        ReadStateStore readStates,
        SettingsStore settings,
        EventLogStore events,
        LastSeenStore lastSeen,
        ResumeRecordStore resumeRecords,
        SigningKeyStore signingKeys) implements Tx {

    static MemoryTx over(MemoryState state) {
        return new MemoryTx(new MemoryUserStore(state), new MemorySessionStore(state),
                new MemoryCommunityStore(state), new MemoryMemberStore(state), new MemoryChannelStore(state),
                new MemoryRoleStore(state), new MemoryInviteStore(state), new MemoryMessageStore(state),
                new MemoryReactionStore(state), new MemoryConversationStore(state), new MemoryReadStateStore(state),
                new MemorySettingsStore(state), new MemoryEventLogStore(state),
                new MemoryLastSeenStore(state), new MemoryResumeRecordStore(state),
                new MemorySigningKeyStore(state));
    }
}
