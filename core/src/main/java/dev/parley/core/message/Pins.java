package dev.parley.core.message;

import dev.parley.core.Caller;
import dev.parley.core.Failure;
import dev.parley.core.Mutations;
import dev.parley.domain.message.Message;
import dev.parley.domain.permission.Permission;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.event.MessageUpdated;
import dev.parley.protocol.message.MessageView;
import java.time.InstantSource;
import java.util.List;

/**
 * Pinned messages: pinning and unpinning need MANAGE_MESSAGES in community channels and are open
 * to every participant of a DM or group; a channel holds at most 50 pins. Both are idempotent.
 */
public final class Pins {
    private final Mutations mutations;
    private final InstantSource clock;

    public Pins(Mutations mutations, InstantSource clock) {
        this.mutations = mutations;
        this.clock = clock;
    }

    public MessageView pin(Caller caller, long messageId) {
        return setPinned(caller, messageId, true);
    }

    public MessageView unpin(Caller caller, long messageId) {
        return setPinned(caller, messageId, false);
    }

    /** Pins of a channel, most recently pinned first. */
    public List<MessageView> list(Caller caller, long channelId) {
        return mutations.read(tx -> {
            ChannelContext.of(tx, channelId, caller.userId()).require(Permission.READ_MESSAGE_HISTORY);
            return MessageViews.of(tx, tx.messages().pinned(channelId), caller.userId());
        });
    }

    private MessageView setPinned(Caller caller, long messageId, boolean pinned) {
        return mutations.apply(c -> {
            Messages.Visible v = Messages.visible(c.tx(), messageId, caller.userId());
            Message message = v.message();
            ChannelContext ctx = v.ctx();
            if (!ctx.canPin()) {
                ctx.require(Permission.MANAGE_MESSAGES);
            }
            if (message.pinned() == pinned) {
                return MessageViews.of(c.tx(), message, caller.userId());
            }
            if (pinned && c.tx().messages().pinned(message.channelId()).size() >= MessageRules.PINS_MAX) {
                throw Failure.of(ErrorCode.CONFLICT, "A channel holds at most " + MessageRules.PINS_MAX + " pins; unpin one first.");
            }
            Message changed = message.withPinnedAt(pinned ? clock.instant() : null);
            c.tx().messages().update(changed);
            c.emit(ctx.audience(), new MessageUpdated(MessageViews.of(c.tx(), changed, 0)));
            return MessageViews.of(c.tx(), changed, caller.userId());
        });
    }
}
