package dev.parley.core;

import dev.parley.bus.Dispatch;
import dev.parley.protocol.event.ChannelCreated;
import dev.parley.protocol.event.ChannelDeleted;
import dev.parley.protocol.event.ChannelUpdated;
import dev.parley.protocol.event.CommunityCreated;
import dev.parley.protocol.event.CommunityDeleted;
import dev.parley.protocol.event.CommunityUpdated;
import dev.parley.protocol.event.ConversationClosed;
import dev.parley.protocol.event.ConversationCreated;
import dev.parley.protocol.event.ConversationUpdated;
import dev.parley.protocol.event.Event;
import dev.parley.protocol.event.InviteCreated;
import dev.parley.protocol.event.InviteDeleted;
import dev.parley.protocol.event.MemberJoined;
import dev.parley.protocol.event.MemberLeft;
import dev.parley.protocol.event.MemberUpdated;
import dev.parley.protocol.event.MessageCreated;
import dev.parley.protocol.event.MessageDeleted;
import dev.parley.protocol.event.MessageUpdated;
import dev.parley.protocol.event.MessagesBulkDeleted;
import dev.parley.protocol.event.ReactionAdded;
import dev.parley.protocol.event.ReactionRemoved;
import dev.parley.protocol.event.ReactionsCleared;
import dev.parley.protocol.event.ReadStateUpdated;
import dev.parley.protocol.event.ReceiptUpdated;
import dev.parley.protocol.event.RoleCreated;
import dev.parley.protocol.event.RoleDeleted;
import dev.parley.protocol.event.RoleUpdated;
import dev.parley.protocol.event.SessionsRevoked;
import dev.parley.protocol.event.SettingsUpdated;
import dev.parley.protocol.event.UserDeleted;
import dev.parley.protocol.event.UserUpdated;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter of committed changes to the facts that authentication and authorization are computed
 * from: sessions, accounts and profiles, communities, channels and their overwrites, roles,
 * memberships, conversations and their participants. A cache of such facts ({@link FactsCache})
 * tags each entry with {@link #read()} taken <em>before</em> loading it, and trusts the entry only
 * while {@link #unchanged} says nothing has moved since: a change that committed after the load
 * began moves the counter before its own caller hears of it, so every request that starts after
 * a change has been answered loads afresh.
 *
 * <p>{@link Mutations} advances it after the commit of each write whose events include one that
 * {@link #changesFacts may change those facts}, before publishing them and before returning. That
 * every change of those facts emits such an event is what the gateway already relies on to apply
 * permission changes, kicks and logouts to live connections at once ({@code ActionEventsTest}
 * checks the events of every action). Message-level events (messages, reactions, read states,
 * receipts) and invites change no such fact, so sends do not move it.
 *
 * <p>A change is also <em>pending</em> from just before its commit (the end of its work, inside the
 * transaction) until the counter moves after it: while any is pending nothing is trusted or kept.
 * So a reader whose transaction already sees a change cannot be answered facts loaded before it,
 * even in the instant between the commit and the counter's move, provided it asks
 * {@link #unchanged} after its transaction's snapshot is taken (READY relies on this: it pairs
 * kept facts with a log position read in its own transaction).
 *
 * <p>The counter only sees what this process commits. That is every change in the single-node
 * shape ({@link #local()}); where other nodes may commit changes to the same database, caches must
 * not trust it ({@link #shared()}) until those nodes' changes advance it too.
 */
public final class FactsEpoch {
    private final AtomicLong value = new AtomicLong();
    /** Changes between {@link #changing()} and {@link #changed()}: their commit may be visible already. */
    private final AtomicLong pending = new AtomicLong();
    private final boolean local;

    private FactsEpoch(boolean local) {
        this.local = local;
    }

    /** This process commits every change (single node): cached facts stay valid until it advances. */
    public static FactsEpoch local() {
        return new FactsEpoch(true);
    }

    /** Other processes may commit changes too: no cached fact is ever trusted. */
    public static FactsEpoch shared() {
        return new FactsEpoch(false);
    }

    /** The tag for facts about to be loaded: read it before the load's transaction starts. */
    public long read() {
        return value.get();
    }

    /**
     * True while no change of facts has committed, or is about to, since {@link #read()} returned
     * {@code tag}. The counter is read before the pending count and {@link #changing()} moves both,
     * so a change that starts between the two reads is seen either way.
     */
    public boolean unchanged(long tag) {
        return local && value.get() == tag && pending.get() == 0;
    }

    /** Called inside the transaction of a change of facts, once its work is done and before it commits. */
    void changing() {
        pending.incrementAndGet();
        value.incrementAndGet();
    }

    /**
     * Called once per {@link #changing()}, after the transaction committed or failed, before anyone
     * is told of the change.
     */
    void changed() {
        value.incrementAndGet();
        pending.decrementAndGet();
    }

    /** True when any of the committed events may have changed facts (see the class comment). */
    static boolean changesFacts(List<Dispatch> committed) {
        for (Dispatch dispatch : committed) {
            if (changesFacts(dispatch.event())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an event may come with a change of the facts. Exhaustive on purpose: a new event
     * type does not compile until someone decides.
     */
    static boolean changesFacts(Event event) {
        return switch (event) {
            case MessageCreated e -> false;
            case MessageUpdated e -> false;
            case MessageDeleted e -> false;
            case MessagesBulkDeleted e -> false;
            case ReactionAdded e -> false;
            case ReactionRemoved e -> false;
            case ReactionsCleared e -> false;
            case ReadStateUpdated e -> false;
            case ReceiptUpdated e -> false;
            case InviteCreated e -> false;
            case InviteDeleted e -> false;
            case UserUpdated e -> true;
            case UserDeleted e -> true;
            case SessionsRevoked e -> true;
            case SettingsUpdated e -> true;
            case CommunityCreated e -> true;
            case CommunityUpdated e -> true;
            case CommunityDeleted e -> true;
            case ChannelCreated e -> true;
            case ChannelUpdated e -> true;
            case ChannelDeleted e -> true;
            case RoleCreated e -> true;
            case RoleUpdated e -> true;
            case RoleDeleted e -> true;
            case MemberJoined e -> true;
            case MemberUpdated e -> true;
            case MemberLeft e -> true;
            case ConversationCreated e -> true;
            case ConversationUpdated e -> true;
            case ConversationClosed e -> true;
        };
    }
}
