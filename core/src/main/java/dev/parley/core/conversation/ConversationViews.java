package dev.parley.core.conversation;

import dev.parley.core.Views;
import dev.parley.core.message.MessageViews;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.message.Message;
import dev.parley.domain.readstate.ReadState;
import dev.parley.domain.user.User;
import dev.parley.protocol.conversation.ConversationView;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.user.UserPublic;
import dev.parley.store.Tx;
import dev.parley.store.message.UnreadCounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds conversation views for one viewer (their unread counts); viewer 0 gives zero counts, for events. */
final class ConversationViews {
    private ConversationViews() {
    }

    static ConversationView of(Tx tx, Conversation c, long viewerId) {
        UnreadCounts unread = UnreadCounts.NONE;
        if (viewerId != 0) {
            long readSeq = tx.readStates().get(viewerId, c.id()).map(ReadState::readSeq).orElse(0L);
            unread = new UnreadCounts(tx.messages().countAfter(c.id(), readSeq, viewerId),
                    tx.messages().mentionsAfter(c.id(), readSeq, viewerId, Set.of()));
        }
        return list(tx, List.of(c), viewerId, Map.of(c.id(), unread)).getFirst();
    }

    /**
     * The views of several conversations with the viewer's counts given, in a fixed number of
     * reads (participants, their users, last messages and what their views need).
     */
    static List<ConversationView> list(Tx tx, List<Conversation> conversations, long viewerId,
                                       Map<Long, UnreadCounts> unread) {
        if (conversations.isEmpty()) {
            return List.of();
        }
        List<Long> ids = conversations.stream().map(Conversation::id).toList();
        Map<Long, List<Participant>> participants = tx.conversations().participantsOf(ids);
        Map<Long, User> users = tx.users().byIds(participants.values().stream().flatMap(List::stream)
                .map(Participant::userId).distinct().toList());
        List<Message> latest = new ArrayList<>(tx.messages().latestOf(ids).values());
        Map<Long, MessageView> last = new HashMap<>();
        MessageViews.of(tx, latest, viewerId).forEach(view -> last.put(view.channelId(), view));
        return conversations.stream().map(c -> {
            List<UserPublic> people = participants.getOrDefault(c.id(), List.of()).stream()
                    .map(p -> Views.user(users.get(p.userId()))).toList();
            UnreadCounts counts = unread.getOrDefault(c.id(), UnreadCounts.NONE);
            return new ConversationView(c.id(), c.kind().name().toLowerCase(Locale.ROOT), c.name(), c.ownerId(), people,
                    last.get(c.id()), counts.unread(), counts.mentions(), c.createdAt(), c.lastActivityAt());
        }).toList();
    }
}
