package dev.parley.core.message;

import dev.parley.core.Caller;
import dev.parley.core.Check;
import dev.parley.core.Failure;
import dev.parley.core.Mutations;
import dev.parley.core.Views;
import dev.parley.domain.message.Message;
import dev.parley.domain.message.Reaction;
import dev.parley.domain.permission.Permission;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.event.ReactionAdded;
import dev.parley.protocol.event.ReactionRemoved;
import dev.parley.protocol.event.ReactionsCleared;
import dev.parley.protocol.user.UserPublic;
import java.time.InstantSource;
import java.util.List;

/**
 * Reactions with unicode emoji. Adding needs ADD_REACTIONS; adding or removing one's own is
 * idempotent (repeating it changes and publishes nothing). Removing others' reactions needs
 * MANAGE_MESSAGES. A message holds at most 20 different emoji.
 */
public final class Reactions {
    public static final int USERS_PAGE_MAX = 100;
    private final Mutations mutations;
    private final InstantSource clock;

    public Reactions(Mutations mutations, InstantSource clock) {
        this.mutations = mutations;
        this.clock = clock;
    }

    public void add(Caller caller, long messageId, String emoji) {
        checkEmoji(emoji);
        mutations.apply(c -> {
            Messages.Visible v = Messages.visible(c.tx(), messageId, caller.userId());
            Message message = v.message();
            ChannelContext ctx = v.ctx();
            ctx.require(Permission.READ_MESSAGE_HISTORY);
            ctx.require(Permission.ADD_REACTIONS);
            var summaries = c.tx().reactions().summaries(List.of(messageId), caller.userId()).getOrDefault(messageId, List.of());
            boolean newEmoji = summaries.stream().noneMatch(s -> s.emoji().equals(emoji));
            if (newEmoji && summaries.size() >= MessageRules.REACTION_EMOJIS_MAX) {
                throw Failure.of(ErrorCode.CONFLICT, "A message holds at most " + MessageRules.REACTION_EMOJIS_MAX + " different emoji.");
            }
            if (c.tx().reactions().add(new Reaction(messageId, caller.userId(), emoji, clock.instant()))) {
                c.emit(ctx.audience(), new ReactionAdded(message.channelId(), messageId, caller.userId(), emoji));
            }
            return null;
        });
    }

    /** Removes the caller's own reaction, or, with MANAGE_MESSAGES, another user's. */
    public void remove(Caller caller, long messageId, String emoji, long userId) {
        checkEmoji(emoji);
        mutations.apply(c -> {
            Messages.Visible v = Messages.visible(c.tx(), messageId, caller.userId());
            Message message = v.message();
            ChannelContext ctx = v.ctx();
            if (userId != caller.userId()) {
                ctx.require(Permission.MANAGE_MESSAGES);
            }
            if (c.tx().reactions().remove(messageId, userId, emoji)) {
                c.emit(ctx.audience(), new ReactionRemoved(message.channelId(), messageId, userId, emoji));
            }
            return null;
        });
    }

    /** Removes every reaction of a message, or all with one emoji (MANAGE_MESSAGES). */
    public void clear(Caller caller, long messageId, String emoji) {
        if (emoji != null) {
            checkEmoji(emoji);
        }
        mutations.apply(c -> {
            Messages.Visible v = Messages.visible(c.tx(), messageId, caller.userId());
            Message message = v.message();
            ChannelContext ctx = v.ctx();
            ctx.require(Permission.MANAGE_MESSAGES);
            if (c.tx().reactions().removeAll(messageId, emoji) > 0) {
                c.emit(ctx.audience(), new ReactionsCleared(message.channelId(), messageId, emoji));
            }
            return null;
        });
    }

    /** Who reacted with an emoji, by user id after {@code after}, at most {@code limit} (1..100). */
    public List<UserPublic> users(Caller caller, long messageId, String emoji, long after, Integer limit) {
        checkEmoji(emoji);
        Check.start().range("limit", limit, 1, USERS_PAGE_MAX).orThrow();
        return mutations.read(tx -> {
            Messages.visible(tx, messageId, caller.userId()).ctx().require(Permission.READ_MESSAGE_HISTORY);
            return tx.reactions().users(messageId, emoji, after, limit == null ? 25 : limit).stream()
                    .map(id -> tx.users().byId(id).map(Views::user).orElseThrow()).toList();
        });
    }

    private static void checkEmoji(String emoji) {
        if (!Emoji.valid(emoji)) {
            throw Failure.invalid("emoji", "is not a single unicode emoji");
        }
    }
}
