package dev.parley.store;

import dev.parley.store.event.EventLogStore;
import dev.parley.store.gateway.ResumeRecordStore;
import dev.parley.store.key.SigningKeyStore;
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
import dev.parley.store.user.LastSeenStore;
import dev.parley.store.user.SettingsStore;
import dev.parley.store.user.UserStore;

/** The stores as seen from inside one transaction. Valid only while the transaction runs. */
public interface Tx {
    UserStore users();

    SessionStore sessions();

    CommunityStore communities();

    MemberStore members();

    ChannelStore channels();

    RoleStore roles();

    InviteStore invites();

    MessageStore messages();

    ReactionStore reactions();

    ConversationStore conversations();

    ReadStateStore readStates();

    SettingsStore settings();

    EventLogStore events();

    LastSeenStore lastSeen();

    ResumeRecordStore resumeRecords();

    SigningKeyStore signingKeys();
}
