package dev.parley.core.conversation;

import dev.parley.core.Views;
import dev.parley.core.message.MessageViews;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.readstate.ReadState;
import dev.parley.protocol.conversation.ConversationView;
import dev.parley.protocol.message.MessageView;
import dev.parley.store.Tx;
import java.util.Locale;
import java.util.Set;

/** Builds conversation views for one viewer (their unread counts); viewer 0 gives zero counts, for events. */
final class ConversationViews {
    private ConversationViews() {
    }

    static ConversationView of(Tx tx, Conversation c, long viewerId) {
        var participants = tx.conversations().participants(c.id()).stream().map(Participant::userId)
                .map(id -> tx.users().byId(id).map(Views::user).orElseThrow()).toList();
        MessageView last = tx.messages().latest(c.id()).map(m -> MessageViews.of(tx, m, viewerId)).orElse(null);
        int unread = 0;
        int mentions = 0;
        if (viewerId != 0) {
            long readSeq = tx.readStates().get(viewerId, c.id()).map(ReadState::readSeq).orElse(0L);
            unread = tx.messages().countAfter(c.id(), readSeq, viewerId);
            mentions = tx.messages().mentionsAfter(c.id(), readSeq, viewerId, Set.of());
        }
        return new ConversationView(c.id(), c.kind().name().toLowerCase(Locale.ROOT), c.name(), c.ownerId(), participants,
                last, unread, mentions, c.createdAt(), c.lastActivityAt());
    }
}
