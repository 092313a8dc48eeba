package dev.parley.store.sql;

import dev.parley.store.Tx;
import dev.parley.store.channel.ChannelStore;
import dev.parley.store.community.CommunityStore;
import dev.parley.store.community.MemberStore;
import dev.parley.store.conversation.ConversationStore;
import dev.parley.store.event.EventLogStore;
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

/**
 * The stores of one PostgreSQL transaction: the portable {@link SqlTx} stores, except the two
 * whose ordering promises need locking that a single writer gets for free (message seqs and
 * event log positions).
 */
final class PostgresTx implements Tx {
    private final Sql sql;
    private final SqlTx portable;

    PostgresTx(Sql sql) {
        this.sql = sql;
        this.portable = new SqlTx(sql);
    }

    @Override
    public MessageStore messages() {
        return new PostgresMessageStore(sql);
    }

    @Override
    public EventLogStore events() {
        return new PostgresEventLogStore(sql);
    }

    @Override
    public UserStore users() {
        return portable.users();
    }

    @Override
    public SessionStore sessions() {
        return portable.sessions();
    }

    @Override
    public CommunityStore communities() {
        return portable.communities();
    }

    @Override
    public MemberStore members() {
        return portable.members();
    }

    @Override
    public ChannelStore channels() {
        return portable.channels();
    }

    @Override
    public RoleStore roles() {
        return portable.roles();
    }

    @Override
    public InviteStore invites() {
        return portable.invites();
    }

    @Override
    public ReactionStore reactions() {
        return portable.reactions();
    }

    @Override
    public ConversationStore conversations() {
        return portable.conversations();
    }

    @Override
    public ReadStateStore readStates() {
        return portable.readStates();
    }

    @Override
    public SettingsStore settings() {
        return portable.settings();
    }

    @Override
    public LastSeenStore lastSeen() {
        return portable.lastSeen();
    }

    @Override
    public ResumeRecordStore resumeRecords() {
        return portable.resumeRecords();
    }

    @Override
    public SigningKeyStore signingKeys() {
        return portable.signingKeys();
    }
}
