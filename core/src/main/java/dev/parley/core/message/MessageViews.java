package dev.parley.core.message;

import dev.parley.core.Views;
import dev.parley.domain.message.Mentions;
import dev.parley.domain.message.Message;
import dev.parley.domain.message.ReactionSummary;
import dev.parley.protocol.message.MentionsView;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.ReactionView;
import dev.parley.protocol.user.UserPublic;
import dev.parley.store.Tx;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds message views for one viewer with one query per page for reactions and one for its
 * authors. In events, where there is no single viewer, pass viewer 0: every {@code me}
 * is then false, and reaction events say who reacted.
 */
public final class MessageViews {
    private MessageViews() {
    }

    public static List<MessageView> of(Tx tx, List<Message> messages, long viewerId) {
        Map<Long, List<ReactionSummary>> reactions = messages.isEmpty() ? Map.of()
                : tx.reactions().summaries(messages.stream().map(Message::id).toList(), viewerId);
        Map<Long, UserPublic> authors = new HashMap<>();
        tx.users().byIds(messages.stream().map(Message::authorId).distinct().toList())
                .forEach((id, user) -> authors.put(id, Views.user(user)));
        return messages.stream().map(m -> view(m, authors.get(m.authorId()), reactions.getOrDefault(m.id(), List.of()))).toList();
    }

    /** The view of a message just sent: it has no reactions yet, so none are looked up. */
    public static MessageView fresh(Tx tx, Message message) {
        UserPublic author = tx.users().byId(message.authorId()).map(Views::user).orElse(null);
        return view(message, author, List.of());
    }

    /** Like {@link #fresh(Tx, Message)}, with the author already loaded: touches no store. */
    public static MessageView fresh(Message message, UserPublic author) {
        return view(message, author, List.of());
    }

    public static MessageView of(Tx tx, Message message, long viewerId) {
        return of(tx, List.of(message), viewerId).getFirst();
    }

    private static MessageView view(Message m, UserPublic author, List<ReactionSummary> reactions) {
        return new MessageView(m.id(), m.channelId(), m.seq(), author, m.content(), m.clientMsgId(), m.replyToId(),
                mentions(m.mentions()), reactions.stream().map(r -> new ReactionView(r.emoji(), r.count(), r.me())).toList(),
                m.pinned(), m.deleted(), m.createdAt(), m.editedAt());
    }

    private static MentionsView mentions(Mentions m) {
        return new MentionsView(m.users().stream().sorted().map(String::valueOf).toList(),
                m.roles().stream().sorted().map(String::valueOf).toList(), m.everyone(), m.here());
    }
}
