package dev.parley.store.memory;

import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.Participant;
import dev.parley.store.StoreException;
import dev.parley.store.conversation.ConversationStore;
import dev.parley.store.memory.MemoryState.ParticipantKey;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Conversations and their participants. Deleting an unknown conversation does nothing (the port
 * names no failure). Conversations without last activity come last in {@link #ofUser}.
 */
final class MemoryConversationStore implements ConversationStore {
    private static final Comparator<Conversation> MOST_RECENT_FIRST = Comparator
            .comparing(Conversation::lastActivityAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Conversation::id)
            .reversed();
    private static final Comparator<Participant> BY_JOIN_TIME =
            Comparator.comparing(Participant::joinedAt).thenComparingLong(Participant::userId);

    private final MemoryState state;

    MemoryConversationStore(MemoryState state) {
        this.state = state;
    }

    @Override
    public void insert(Conversation conversation) {
        if (state.conversations().containsKey(conversation.id())) {
            throw new IllegalStateException("conversation " + conversation.id() + " already exists");
        }
        if (conversation.dmKey() != null && dm(conversation.dmKey()).isPresent()) {
            throw new StoreException.Conflict("dm");
        }
        state.conversations().put(conversation.id(), conversation);
    }

    @Override
    public Optional<Conversation> byId(long id) {
        return Optional.ofNullable(state.conversations().get(id));
    }

    @Override
    public Optional<Conversation> dm(String dmKey) {
        return state.conversations().values().stream().filter(c -> Objects.equals(c.dmKey(), dmKey)).findFirst();
    }

    /** Keeps the stored kind, DM key and creation time. */
    @Override
    public void update(Conversation conversation) {
        Conversation stored = state.conversations().get(conversation.id());
        if (stored == null) {
            throw new StoreException.NotFound("conversation " + conversation.id());
        }
        state.conversations().put(stored.id(), stored.withName(conversation.name())
                .withOwner(conversation.ownerId()).withLastActivity(conversation.lastActivityAt()));
    }

    @Override
    public void delete(long id) {
        state.conversations().remove(id);
        state.participants().keySet().removeIf(k -> k.conversationId() == id);
    }

    @Override
    public void addParticipant(Participant participant) {
        if (state.participants().putIfAbsent(ParticipantKey.of(participant), participant) != null) {
            throw new StoreException.Conflict("participant");
        }
    }

    @Override
    public void removeParticipant(long conversationId, long userId) {
        if (state.participants().remove(new ParticipantKey(conversationId, userId)) == null) {
            throw new StoreException.NotFound("participant " + userId + " of " + conversationId);
        }
    }

    @Override
    public List<Participant> participants(long conversationId) {
        return state.participants().values().stream()
                .filter(p -> p.conversationId() == conversationId)
                .sorted(BY_JOIN_TIME)
                .toList();
    }

    @Override
    public Map<Long, List<Participant>> participantsOf(Collection<Long> conversationIds) {
        return MemoryState.grouped(state.participants().values(), conversationIds, Participant::conversationId,
                BY_JOIN_TIME);
    }

    @Override
    public Optional<Participant> participant(long conversationId, long userId) {
        return Optional.ofNullable(state.participants().get(new ParticipantKey(conversationId, userId)));
    }

    @Override
    public List<Conversation> ofUser(long userId) {
        return state.participants().values().stream()
                .filter(p -> p.userId() == userId)
                .map(p -> state.conversations().get(p.conversationId()))
                .filter(Objects::nonNull)
                .sorted(MOST_RECENT_FIRST)
                .toList();
    }
}
