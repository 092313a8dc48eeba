package dev.parley.core.readstate;

import dev.parley.bus.Audience;
import dev.parley.core.Caller;
import dev.parley.core.Check;
import dev.parley.core.Failure;
import dev.parley.core.Mutations;
import dev.parley.core.community.JoinedCommunity;
import dev.parley.core.message.ChannelContext;
import dev.parley.domain.channel.Channel;
import dev.parley.domain.channel.ChannelType;
import dev.parley.domain.message.Message;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.domain.readstate.ReadState;
import dev.parley.domain.user.Settings;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.event.ReadStateUpdated;
import dev.parley.protocol.event.ReceiptUpdated;
import dev.parley.protocol.message.AckRequest;
import dev.parley.protocol.message.ReadStateView;
import dev.parley.protocol.message.ReceiptView;
import dev.parley.store.Tx;
import dev.parley.store.message.UnreadCounts;
import dev.parley.store.message.UnreadFrom;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read state: per user and channel, the last message read and the last one delivered, kept by
 * the server so every device of the user agrees, with unread and mention counts computed from
 * the messages. Acks only move forward: acking an older message changes and publishes nothing.
 * In DMs and groups, peers see receipts (delivered ✓, read ✓✓), except that a user who turned
 * read receipts off shows as delivered only.
 */
public final class ReadStates {
    private final Mutations mutations;
    private final InstantSource clock;

    public ReadStates(Mutations mutations, InstantSource clock) {
        this.mutations = mutations;
        this.clock = clock;
    }

    /** Marks {@code message_id} and everything before it read. */
    public ReadStateView ack(Caller caller, long channelId, AckRequest request) {
        return move(caller, channelId, request, true);
    }

    /** Marks {@code message_id} and everything before it delivered to one of the caller's devices. */
    public ReadStateView delivered(Caller caller, long channelId, AckRequest request) {
        return move(caller, channelId, request, false);
    }

    public ReadStateView get(Caller caller, long channelId) {
        return mutations.read(tx -> view(tx, ChannelContext.of(tx, channelId, caller.userId()), caller.userId()));
    }

    /** Read states of every text channel and conversation the caller can see. */
    public List<ReadStateView> all(Caller caller) {
        return mutations.read(tx -> all(tx, caller.userId()));
    }

    /**
     * {@link #all(Caller)} inside a transaction of the caller's: the channels of their communities
     * they can see, then their conversations, with a fixed number of reads however many there are.
     */
    public static List<ReadStateView> all(Tx tx, long userId) {
        List<Seen> seen = new ArrayList<>(seen(JoinedCommunity.ofUser(tx, userId)));
        tx.conversations().ofUser(userId).forEach(conversation -> seen.add(Seen.conversation(conversation.id())));
        return List.copyOf(views(tx, userId, seen).values());
    }

    /**
     * A channel or conversation whose read state a user has: whether they may read its history
     * (counts are 0 when not), and the roles whose mentions count as theirs.
     */
    public record Seen(long channelId, boolean canRead, Set<Long> roleIds) {
        /** A DM or group: its participants read everything and hold no roles. */
        public static Seen conversation(long conversationId) {
            return new Seen(conversationId, true, Set.of());
        }
    }

    /**
     * The channels of these communities that have a read state for the member: every channel but
     * categories on which they hold VIEW_CHANNEL (a channel they cannot see has none), in order.
     */
    public static List<Seen> seen(List<JoinedCommunity> communities) {
        List<Seen> seen = new ArrayList<>();
        for (JoinedCommunity joined : communities) {
            for (Channel channel : joined.facts().channels()) {
                if (channel.type() == ChannelType.CATEGORY) {
                    continue;
                }
                PermissionSet permissions = joined.facts().in(joined.member(), channel);
                if (permissions.has(Permission.VIEW_CHANNEL)) {
                    seen.add(new Seen(channel.id(), permissions.has(Permission.READ_MESSAGE_HISTORY),
                            joined.member().roleIds()));
                }
            }
        }
        return seen;
    }

    /**
     * The user's read state of each of {@code seen}, keyed and ordered as given, as {@link #get}
     * answers it for one: at most three reads (the user's read states, last seqs, then unread and
     * mention counts of the channels with messages after the read state) whatever the number of
     * channels.
     */
    public static Map<Long, ReadStateView> views(Tx tx, long userId, List<Seen> seen) {
        Map<Long, ReadStateView> views = new LinkedHashMap<>();
        if (seen.isEmpty()) {
            return views;
        }
        Map<Long, ReadState> states = new HashMap<>();
        tx.readStates().ofUser(userId).forEach(state -> states.put(state.channelId(), state));
        Map<Long, Long> lastSeqs = tx.messages().lastSeqs(seen.stream().map(Seen::channelId).toList());
        // Only channels with a message after the read state can have unread ones: a user who has
        // read everything (or whose channels are empty) costs no count at all.
        List<UnreadFrom> readable = seen.stream().filter(Seen::canRead).map(s -> new UnreadFrom(s.channelId(),
                        states.getOrDefault(s.channelId(), ReadState.none(userId, s.channelId())).readSeq(), s.roleIds()))
                .filter(from -> lastSeqs.getOrDefault(from.channelId(), 0L) > from.afterSeq()).toList();
        Map<Long, UnreadCounts> counts = readable.isEmpty() ? Map.of() : tx.messages().unreadAfter(userId, readable);
        for (Seen s : seen) {
            ReadState state = states.getOrDefault(s.channelId(), ReadState.none(userId, s.channelId()));
            UnreadCounts c = counts.getOrDefault(s.channelId(), UnreadCounts.NONE);
            views.put(s.channelId(), new ReadStateView(s.channelId(), state.readMessageId(), state.readSeq(),
                    lastSeqs.get(s.channelId()), c.unread(), c.mentions()));
        }
        return views;
    }

    /** Who a message of a DM or group reached and who read it; only its author may ask. */
    public ReceiptView receipts(Caller caller, long messageId) {
        return mutations.read(tx -> {
            Message message = tx.messages().byId(messageId).orElseThrow(() -> Failure.notFound("message"));
            ChannelContext ctx;
            try {
                ctx = ChannelContext.of(tx, message.channelId(), caller.userId());
            } catch (Failure invisible) {
                throw Failure.notFound("message");
            }
            if (!ctx.isConversation()) {
                throw Failure.invalid("message_id", "receipts exist in DMs and groups only");
            }
            if (message.authorId() != caller.userId()) {
                throw Failure.of(ErrorCode.MISSING_PERMISSION, "Only the author sees a message's receipts.");
            }
            List<String> delivered = new ArrayList<>();
            List<String> read = new ArrayList<>();
            for (long userId : ctx.participants()) {
                if (userId == caller.userId()) {
                    continue;
                }
                ReadState state = tx.readStates().get(userId, message.channelId()).orElse(ReadState.none(userId, message.channelId()));
                if (state.deliveredSeq() >= message.seq()) {
                    delivered.add(Long.toString(userId));
                }
                if (state.readSeq() >= message.seq() && settings(tx, userId).readReceipts()) {
                    read.add(Long.toString(userId));
                }
            }
            return new ReceiptView(messageId, delivered, read);
        });
    }

    private ReadStateView move(Caller caller, long channelId, AckRequest request, boolean read) {
        Check.start().require("message_id", request.messageId()).orThrow();
        return mutations.apply(c -> {
            Tx tx = c.tx();
            ChannelContext ctx = ChannelContext.of(tx, channelId, caller.userId());
            Message message = tx.messages().byId(request.messageId()).filter(m -> m.channelId() == channelId)
                    .orElseThrow(() -> Failure.invalid("message_id", "is not a message of this channel"));
            ReadState old = tx.readStates().get(caller.userId(), channelId).orElse(ReadState.none(caller.userId(), channelId));
            boolean moves = read ? message.seq() > old.readSeq() : message.seq() > old.deliveredSeq();
            if (!moves) {
                return view(tx, ctx, caller.userId());
            }
            ReadState updated = read
                    ? new ReadState(caller.userId(), channelId, message.seq(), message.id(),
                            Math.max(old.deliveredSeq(), message.seq()), clock.instant())
                    : new ReadState(caller.userId(), channelId, old.readSeq(), old.readMessageId(), message.seq(), clock.instant());
            tx.readStates().put(updated);
            ReadStateView view = view(tx, ctx, caller.userId());
            if (read) {
                c.emit(Audience.user(caller.userId()), new ReadStateUpdated(view));
            }
            if (ctx.isConversation()) {
                long visibleRead = settings(tx, caller.userId()).readReceipts() ? updated.readSeq() : 0;
                c.emit(ctx.audience(), new ReceiptUpdated(channelId, caller.userId(), updated.deliveredSeq(), visibleRead));
            }
            return view;
        });
    }

    private static ReadStateView view(Tx tx, ChannelContext ctx, long userId) {
        return view(tx, ctx.channelId(), ctx.permissions(), ctx.roleIds(), userId);
    }

    private static ReadStateView view(Tx tx, long channelId, PermissionSet permissions, Set<Long> roleIds, long userId) {
        ReadState state = tx.readStates().get(userId, channelId).orElse(ReadState.none(userId, channelId));
        boolean canRead = permissions.has(Permission.READ_MESSAGE_HISTORY);
        int unread = canRead ? tx.messages().countAfter(channelId, state.readSeq(), userId) : 0;
        int mentions = canRead ? tx.messages().mentionsAfter(channelId, state.readSeq(), userId, roleIds) : 0;
        return new ReadStateView(channelId, state.readMessageId(), state.readSeq(), tx.messages().lastSeq(channelId), unread, mentions);
    }

    private static Settings settings(Tx tx, long userId) {
        return tx.settings().get(userId).orElse(Settings.defaults(userId));
    }
}
