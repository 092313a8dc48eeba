package dev.parley.store.sql;

import dev.parley.store.Tx;
import dev.parley.store.event.EventLogStore;
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
import dev.parley.store.gateway.ResumeRecordStore;
import dev.parley.store.key.SigningKeyStore;
import dev.parley.store.user.LastSeenStore;
import dev.parley.store.user.SettingsStore;
import dev.parley.store.user.UserStore;

/** The stores bound to one transaction's handle; they hold no state of their own. */
final class SqlTx implements Tx {
    private final Sql sql;

    SqlTx(Sql sql) {
        this.sql = sql;
    }

    @Override
    public UserStore users() {
        return new SqlUserStore(sql);
    }

    @Override
    public SessionStore sessions() {
        return new SqlSessionStore(sql);
    }

    @Override
    public CommunityStore communities() {
        return new SqlCommunityStore(sql);
    }

    @Override
    public MemberStore members() {
        return new SqlMemberStore(sql);
    }

    @Override
    public ChannelStore channels() {
        return new SqlChannelStore(sql);
    }

    @Override
    public RoleStore roles() {
        return new SqlRoleStore(sql);
    }

    @Override
    public InviteStore invites() {
        return new SqlInviteStore(sql);
    }

    @Override
    public MessageStore messages() {
        return new SqlMessageStore(sql);
    }

    @Override
    public ReactionStore reactions() {
        return new SqlReactionStore(sql);
    }

    @Override
    public ConversationStore conversations() {
        return new SqlConversationStore(sql);
    }

    @Override
    public ReadStateStore readStates() {
        return new SqlReadStateStore(sql);
    }

    @Override
    public SettingsStore settings() {
        return new SqlSettingsStore(sql);
    }

    @Override
    public LastSeenStore lastSeen() {
        return new SqlLastSeenStore(sql);
    }

    @Override
    public ResumeRecordStore resumeRecords() {
        return new SqlResumeRecordStore(sql);
    }

    @Override
    public SigningKeyStore signingKeys() {
        return new SqlSigningKeyStore(sql);
    }

    @Override
    public EventLogStore events() {
        return new SqlEventLogStore(sql);
    }
}
