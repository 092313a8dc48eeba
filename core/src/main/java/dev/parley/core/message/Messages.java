package dev.parley.core.message;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.parley.core.Caller;
import dev.parley.core.Check;
import dev.parley.core.FactsCache;
import dev.parley.core.Failure;
import dev.parley.core.Mutations;
import dev.parley.core.Views;
import dev.parley.core.community.CommunityPermissions;
import dev.parley.core.ratelimit.RateLimiter;
import dev.parley.domain.IdGenerator;
import dev.parley.domain.channel.Channel;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.message.Mentions;
import dev.parley.domain.message.Message;
import dev.parley.domain.message.MessageVersion;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.readstate.ReadState;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.event.MessageCreated;
import dev.parley.protocol.event.MessageDeleted;
import dev.parley.protocol.event.MessageUpdated;
import dev.parley.protocol.event.MessagesBulkDeleted;
import dev.parley.protocol.message.BulkDeleteRequest;
import dev.parley.protocol.message.EditMessageRequest;
import dev.parley.protocol.message.MessageVersionView;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.SendMessageRequest;
import dev.parley.protocol.user.UserPublic;
import dev.parley.store.Tx;
import dev.parley.store.ratelimit.RateLimitStore;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sending, editing and deleting messages, the same in community channels, DMs and groups.
 *
 * <p>Sends are idempotent per author and {@code client_msg_id}: a retry with the same body returns
 * the original message (and publishes nothing again); the same id with another body fails with
 * CLIENT_MSG_ID_REUSED. The answer is given only after the commit; the message's {@code seq} is
 * assigned inside it. Sending also marks the message read for its author.
 */
public final class Messages {
    /** How many (channel, author) pairs {@link #send} keeps the facts of. */
    private static final int SEND_FACTS_KEPT = 100_000;
    /** How many community channels {@link #send} keeps their community's permission facts for. */
    private static final int CHANNEL_FACTS_KEPT = 10_000;

    private final Mutations mutations;
    private final IdGenerator ids;
    private final InstantSource clock;
    private final RateLimiter sendLimiter;
    private final Slowmode slowmode;
    private final FactsCache<ChannelMember, SendFacts> sendFacts;
    /** Per community channel, its community's facts: what an author's first send there shares with the others'. */
    private final FactsCache<Long, CommunityPermissions> channelFacts;
    /** Sends under way on this node, by author and client_msg_id. */
    private final ConcurrentHashMap<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
    /** Sends this node answered lately, by author and client_msg_id: their retries spend nothing, not even for a moment. */
    private final Cache<String, Boolean> posted = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(100_000).build();

    /** {@code sendLimiter} is the per-user send budget; {@code limits} keeps slowmode's buckets. */
    public Messages(Mutations mutations, IdGenerator ids, InstantSource clock, RateLimiter sendLimiter,
                    RateLimitStore limits) {
        this.mutations = mutations;
        this.ids = ids;
        this.clock = clock;
        this.sendLimiter = sendLimiter;
        this.slowmode = new Slowmode(limits);
        this.sendFacts = new FactsCache<>(mutations.facts(), SEND_FACTS_KEPT);
        this.channelFacts = new FactsCache<>(mutations.facts(), CHANNEL_FACTS_KEPT);
    }

    /**
     * Sends a message in two steps, so that the single writer only does what must be serialized.
     *
     * <p>First, in a read transaction (on the reader pool, in parallel with other sends): the
     * channel context and its permission facts (SEND_MESSAGES), the reply target, the mentions
     * (member and role lookups) and the author's public profile. Then the limits (below). Then, in
     * the write transaction: the idempotency lookup by {@code client_msg_id} (a retry returns the
     * original; this lookup stays inside the write so two concurrent sends with one id cannot both
     * append), the append, the conversation's last activity, the author's read state and the
     * event. The view is built from the preloaded author, without another lookup.
     *
     * <p>Limits (the author's send budget, then the channel's slowmode) are spent outside the
     * write, once per request, because a backend may run the write's work more than once
     * (PostgreSQL reruns a transaction after a serialization failure). What counts:
     *
     * <ul>
     *   <li>A request refused before the limits (invalid, forbidden) spends nothing.</li>
     *   <li>A send that posts a message spends one hit of the budget and, in slowmode, the slot.</li>
     *   <li>A send refused by slowmode spends its budget hit: an attempt that reached the limiter
     *       counts, as on serious platforms. One refused by the budget spends nothing more.</li>
     *   <li>A retry that gets the original message spends nothing and never meets a limit.
     *       Copies of one send on one node run one after the other, and a copy of a send this
     *       node answered in the last 10 minutes is looked up before any limit. Elsewhere (a
     *       retry reaching another node), the copy spends for a moment and gives it back when
     *       its write finds the message, and a copy a limit refuses looks the message up and
     *       answers with it; only a copy refused while the other is still being written gets
     *       429, and its next retry gets the message.</li>
     *   <li>A write that fails (a reused id, a bad reply target, a deleted conversation, the
     *       database unreachable) posted nothing and gives everything back.</li>
     * </ul>
     *
     * <p>Consistency: the permission facts are read before the write, not inside it, and kept
     * for the next sends of the same author to the same channel until a change of facts commits
     * ({@link FactsCache}). A permission change (a role or overwrite edit, a kick, a ban, a channel
     * deletion) that commits while a send is under way can let that send through; the outcome is
     * the same as if the send had committed a moment earlier, before the change, which a client
     * could not tell apart. Sends that start after the change has been answered see it (the change
     * moves the {@link dev.parley.core.FactsEpoch} before its answer). The same
     * holds for the reply target (deleted in between: the reply still points at it, as if it had
     * been sent just before the delete) and for mentions. The conversation row is read again inside
     * the write, so a concurrent rename or deletion of a group is neither overwritten nor missed.
     * A failure found in the first step that a retry must not see (an invalid reply target) is
     * only raised after the idempotency lookup, so a retry of an acknowledged send still gets its
     * answer, as before.
     */
    public MessageView send(Caller caller, long channelId, SendMessageRequest request) {
        // Copies of one send on this node run one after the other: the later is then a retry.
        String flight = caller.userId() + ":" + request.clientMsgId();
        CompletableFuture<Void> mine = new CompletableFuture<>();
        boolean waited = false;
        for (CompletableFuture<Void> other; (other = inFlight.putIfAbsent(flight, mine)) != null; ) {
            other.join();
            waited = true;
        }
        try {
            MessageView sent = sendOnce(caller, channelId, request, waited || posted.getIfPresent(flight) != null);
            posted.put(flight, Boolean.TRUE);
            return sent;
        } finally {
            inFlight.remove(flight, mine);
            mine.complete(null);
        }
    }

    /** {@code likelyRetry}: this node has seen this send before, so it is looked up before any limit. */
    private MessageView sendOnce(Caller caller, long channelId, SendMessageRequest request, boolean likelyRetry) {
        Check check = Check.start();
        MessageRules.content(check, request.content());
        check.require("client_msg_id", request.clientMsgId())
                .matches("client_msg_id", request.clientMsgId(), MessageRules.CLIENT_MSG_ID,
                        "must be 1 to 64 letters, digits, '-' or '_'")
                .orThrow();
        long userId = caller.userId();
        Prepared prepared = prepare(channelId, userId, request);
        if (likelyRetry) {
            Optional<MessageView> original = original(userId, channelId, request);
            if (original.isPresent()) {
                return original.get();
            }
        }
        Spent spent = spend(prepared.ctx(), channelId, userId);
        if (spent.refusal() != null) {
            // A retry of a send that was posted (here or, racing, on another node) gets its answer.
            Optional<MessageView> original = original(userId, channelId, request);
            if (original.isEmpty()) {
                throw spent.refusal();
            }
            giveBack(spent, true);
            return original.get();
        }
        Sent sent;
        try {
            sent = mutations.apply(c -> write(c, prepared, channelId, request, userId));
        } catch (RuntimeException failed) {
            try {
                giveBack(spent, true);
            } catch (RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
        if (!sent.fresh()) {
            giveBack(spent, true);
        }
        return sent.view();
    }

    /** The message an earlier copy of this send posted, if any (CLIENT_MSG_ID_REUSED if another body). */
    private Optional<MessageView> original(long userId, long channelId, SendMessageRequest request) {
        return mutations.read(tx -> tx.messages().byClientMsgId(userId, request.clientMsgId())
                .map(earlier -> retried(tx, earlier, channelId, request, userId)));
    }

    /** The write of a send; runs once per attempt, so it spends no limit. */
    private Sent write(Mutations.Changes c, Prepared prepared, long channelId, SendMessageRequest request, long userId) {
        Tx tx = c.tx();
        ChannelContext ctx = prepared.ctx();
        var earlier = tx.messages().byClientMsgId(userId, request.clientMsgId());
        if (earlier.isPresent()) {
            return new Sent(retried(tx, earlier.get(), channelId, request, userId), false);
        }
        if (prepared.badReply() != null) {
            throw prepared.badReply();
        }
        Conversation conversation = null;
        if (ctx.isConversation()) {
            // Read again: the one preloaded may be stale, and writing it back would undo a rename.
            conversation = tx.conversations().byId(channelId).orElseThrow(() -> Failure.notFound("channel"));
        }
        Instant now = clock.instant();
        Message message = tx.messages().append(Message.draft(ids.next(), channelId, userId, request.content(),
                request.clientMsgId(), request.replyToId(), prepared.mentions(), now));
        if (conversation != null) {
            tx.conversations().update(conversation.withLastActivity(now));
        }
        markReadByAuthor(tx, message, now);
        // A new message has no reactions, so one view serves the event and the sender alike.
        MessageView view = MessageViews.fresh(message, prepared.author());
        c.emit(ctx.audience(), new MessageCreated(view));
        return new Sent(view, true);
    }

    /**
     * The first step of {@link #send}. The channel context and the author's profile are kept per
     * channel and author ({@link FactsCache}) until facts change; a request that needs lookups of
     * its own (a reply target, or user or role mentions to check) reads everything afresh.
     */
    private Prepared prepare(long channelId, long userId, SendMessageRequest request) {
        ChannelMember key = new ChannelMember(channelId, userId);
        SendFacts known = sendFacts.get(key);
        if (known != null && request.replyToId() == null && !MentionParser.mayName(request.content())) {
            known.ctx().require(Permission.SEND_MESSAGES);
            return new Prepared(known.ctx(), null, MentionParser.withoutNames(request.content(),
                    !known.ctx().isConversation() && known.ctx().has(Permission.MENTION_EVERYONE)), known.author());
        }
        long tag = sendFacts.tag();
        Prepared prepared = mutations.read(tx -> {
            ChannelContext ctx = context(tx, channelId, userId, tag);
            ctx.require(Permission.SEND_MESSAGES);
            Failure badReply = null;
            if (request.replyToId() != null && tx.messages().byId(request.replyToId())
                    .filter(m -> m.channelId() == channelId && !m.deleted()).isEmpty()) {
                badReply = Failure.invalid("reply_to_id", "is not a message of this channel");
            }
            Mentions mentions = mentions(tx, ctx, request.content());
            UserPublic author = tx.users().byId(userId).map(Views::user).orElse(null);
            return new Prepared(ctx, badReply, mentions, author);
        });
        sendFacts.put(key, tag, new SendFacts(prepared.ctx(), prepared.author()));
        return prepared;
    }

    /**
     * The author's standing in the channel. For a community channel, the community's facts
     * (community, roles, channels with their overwrites) are kept per channel under the same
     * {@link FactsCache} rule as the send facts, so an author's first send there reads only their
     * member record; {@code tag} was read before {@code tx} began.
     */
    private ChannelContext context(Tx tx, long channelId, long userId, long tag) {
        CommunityPermissions community = channelFacts.get(channelId);
        if (community == null) {
            Optional<Channel> channel = tx.channels().byId(channelId);
            if (channel.isEmpty()) {
                return ChannelContext.ofConversation(tx, channelId, userId);
            }
            community = CommunityPermissions.load(tx, channel.get().communityId())
                    .orElseThrow(() -> Failure.notFound("channel"));
            channelFacts.put(channelId, tag, community);
        }
        Channel channel = community.channel(channelId).orElseThrow(() -> Failure.notFound("channel"));
        return ChannelContext.of(tx, community, channel, userId);
    }

    /** What a send reads before its write transaction. */
    private record Prepared(ChannelContext ctx, Failure badReply, Mentions mentions, UserPublic author) {
    }

    /**
     * Spends one hit of the author's send budget, then their slowmode slot in the channel if it
     * applies. When either is empty, the result holds the RATE_LIMITED refusal (the budget hit,
     * if taken, stays spent unless given back).
     */
    private Spent spend(ChannelContext ctx, long channelId, long userId) {
        String budgetKey = "user:" + userId;
        long retryAfter = sendLimiter.acquire(budgetKey);
        if (retryAfter > 0) {
            return new Spent(budgetKey, false, channelId, userId, 0, Failure.rateLimited(retryAfter));
        }
        int slowmodeSeconds = ctx.slowmodeSeconds() > 0 && !ctx.has(Permission.MANAGE_MESSAGES) ? ctx.slowmodeSeconds() : 0;
        if (slowmodeSeconds > 0) {
            long left = slowmode.take(channelId, userId, slowmodeSeconds);
            if (left > 0) {
                return new Spent(budgetKey, true, channelId, userId, 0, Failure.rateLimited(left));
            }
        }
        return new Spent(budgetKey, true, channelId, userId, slowmodeSeconds, null);
    }

    /**
     * What one send spent: a hit of the budget {@code budgetKey} (if {@code budgetTaken}), the
     * slowmode slot (if {@code slowmodeSeconds > 0}), and the refusal if a limit refused it.
     */
    private record Spent(String budgetKey, boolean budgetTaken, long channelId, long userId, int slowmodeSeconds,
                         Failure refusal) {
    }

    /** Gives back the slowmode slot that {@code spent} took, and its budget hit too when {@code budgetToo}. */
    private void giveBack(Spent spent, boolean budgetToo) {
        if (spent.slowmodeSeconds() > 0) {
            slowmode.giveBack(spent.channelId(), spent.userId(), spent.slowmodeSeconds());
        }
        if (budgetToo && spent.budgetTaken()) {
            sendLimiter.refund(spent.budgetKey());
        }
    }

    /** A send's written outcome: the view, and whether it is a new message or an earlier one found again. */
    private record Sent(MessageView view, boolean fresh) {
    }

    /** Whose sends to which channel a {@link SendFacts} serves. */
    private record ChannelMember(long channelId, long userId) {
    }

    /** What every send of one author to one channel reads alike: their standing there and their profile. */
    private record SendFacts(ChannelContext ctx, UserPublic author) {
    }

    /** Replaces the text (author only); the earlier text becomes a version. */
    public MessageView edit(Caller caller, long messageId, EditMessageRequest request) {
        Check check = Check.start();
        MessageRules.content(check, request.content());
        check.orThrow();
        return mutations.apply(c -> {
            Tx tx = c.tx();
            Visible v = visible(tx, messageId, caller.userId());
            Message old = v.message();
            ChannelContext ctx = v.ctx();
            if (old.authorId() != caller.userId()) {
                throw Failure.of(ErrorCode.MISSING_PERMISSION, "Only the author can edit a message.");
            }
            if (old.content().equals(request.content())) {
                return MessageViews.of(tx, old, caller.userId());
            }
            Instant now = clock.instant();
            int version = tx.messages().versions(messageId).size() + 1;
            Instant written = old.editedAt() == null ? old.createdAt() : old.editedAt();
            tx.messages().addVersion(new MessageVersion(messageId, version, old.content(), written, now));
            Message edited = old.edited(request.content(), mentions(tx, ctx, request.content()), now);
            tx.messages().update(edited);
            c.emit(ctx.audience(), new MessageUpdated(MessageViews.of(tx, edited, 0)));
            return MessageViews.of(tx, edited, caller.userId());
        });
    }

    /** Deletes a message: its author always may; others need MANAGE_MESSAGES. */
    public void delete(Caller caller, long messageId) {
        mutations.apply(c -> {
            Tx tx = c.tx();
            Visible v = visible(tx, messageId, caller.userId());
            Message message = v.message();
            ChannelContext ctx = v.ctx();
            if (message.authorId() != caller.userId()) {
                ctx.require(Permission.MANAGE_MESSAGES);
            }
            tx.messages().update(message.tombstone(clock.instant()));
            c.emit(ctx.audience(), new MessageDeleted(message.channelId(), messageId, message.seq()));
            return null;
        });
    }

    /** Deletes up to 100 messages of one channel (MANAGE_MESSAGES); already deleted ones are skipped. */
    public List<String> bulkDelete(Caller caller, long channelId, BulkDeleteRequest request) {
        Set<Long> targets = bulkIds(request);
        return mutations.apply(c -> {
            Tx tx = c.tx();
            ChannelContext ctx = ChannelContext.of(tx, channelId, caller.userId());
            ctx.require(Permission.MANAGE_MESSAGES);
            List<Message> found = new ArrayList<>();
            for (long id : targets) {
                Message m = tx.messages().byId(id).filter(x -> x.channelId() == channelId)
                        .orElseThrow(() -> Failure.invalid("message_ids", id + " is not a message of this channel"));
                if (!m.deleted()) {
                    found.add(m);
                }
            }
            Instant now = clock.instant();
            found.forEach(m -> tx.messages().update(m.tombstone(now)));
            List<String> deleted = found.stream().map(m -> Long.toString(m.id())).toList();
            if (!deleted.isEmpty()) {
                c.emit(ctx.audience(), new MessagesBulkDeleted(channelId, deleted));
            }
            return deleted;
        });
    }

    /** Earlier texts of a message, for whoever may read it. */
    public List<MessageVersionView> versions(Caller caller, long messageId) {
        return mutations.read(tx -> {
            visible(tx, messageId, caller.userId()).ctx().require(Permission.READ_MESSAGE_HISTORY);
            return tx.messages().versions(messageId).stream()
                    .map(v -> new MessageVersionView(v.version(), v.content(), v.writtenAt(), v.replacedAt())).toList();
        });
    }

    public MessageView get(Caller caller, long messageId) {
        return mutations.read(tx -> {
            Message message = tx.messages().byId(messageId).orElseThrow(() -> Failure.notFound("message"));
            ChannelContext.of(tx, message.channelId(), caller.userId()).require(Permission.READ_MESSAGE_HISTORY);
            return MessageViews.of(tx, message, caller.userId());
        });
    }

    /** A message that exists and is not deleted, with the user's standing in its channel. */
    record Visible(Message message, ChannelContext ctx) {
    }

    /** Loads a message the user can see (in a channel they can see); NOT_FOUND otherwise. */
    static Visible visible(Tx tx, long messageId, long userId) {
        Message message = tx.messages().byId(messageId).filter(m -> !m.deleted())
                .orElseThrow(() -> Failure.notFound("message"));
        try {
            return new Visible(message, ChannelContext.of(tx, message.channelId(), userId));
        } catch (Failure invisible) {
            throw invisible.code() == ErrorCode.NOT_FOUND ? Failure.notFound("message") : invisible;
        }
    }

    private static MessageView retried(Tx tx, Message earlier, long channelId, SendMessageRequest request, long userId) {
        boolean same = earlier.channelId() == channelId
                && !earlier.deleted()
                && earlier.content().equals(request.content())
                && Objects.equals(earlier.replyToId(), request.replyToId());
        if (!same) {
            throw Failure.of(ErrorCode.CLIENT_MSG_ID_REUSED,
                    "client_msg_id " + request.clientMsgId() + " was already used for a different message.");
        }
        return MessageViews.of(tx, earlier, userId);
    }

    private static Mentions mentions(Tx tx, ChannelContext ctx, String content) {
        if (ctx.isConversation()) {
            return MentionParser.parse(content, ctx.participants()::contains, id -> false, false);
        }
        long communityId = ctx.channel().communityId();
        return MentionParser.parse(content,
                id -> tx.members().get(communityId, id).isPresent(),
                id -> id != communityId && tx.roles().byId(id).filter(r -> r.communityId() == communityId).isPresent(),
                ctx.has(Permission.MENTION_EVERYONE));
    }

    private static void markReadByAuthor(Tx tx, Message message, Instant now) {
        ReadState old = tx.readStates().get(message.authorId(), message.channelId())
                .orElse(ReadState.none(message.authorId(), message.channelId()));
        tx.readStates().put(new ReadState(message.authorId(), message.channelId(), message.seq(), message.id(),
                Math.max(old.deliveredSeq(), message.seq()), now));
    }

    private static Set<Long> bulkIds(BulkDeleteRequest request) {
        Check check = Check.start().require("message_ids", request.messageIds());
        Set<Long> ids = new LinkedHashSet<>();
        if (request.messageIds() != null) {
            if (request.messageIds().isEmpty() || request.messageIds().size() > MessageRules.BULK_DELETE_MAX) {
                check.fail("message_ids", "must list 1 to " + MessageRules.BULK_DELETE_MAX + " ids");
            } else {
                for (String id : request.messageIds()) {
                    try {
                        ids.add(Long.parseLong(Objects.requireNonNull(id)));
                    } catch (NumberFormatException | NullPointerException e) {
                        check.fail("message_ids", "holds something that is not an id");
                        break;
                    }
                }
            }
        }
        check.orThrow();
        return ids;
    }
}
