package dev.parley.store.conversation;

import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.Participant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** DMs and group chats with their participants. */
public interface ConversationStore {
    /** @throws dev.parley.store.StoreException.Conflict key "dm" if a DM of the same pair exists */
    void insert(Conversation conversation);

    Optional<Conversation> byId(long id);

    /** The DM of the pair with this {@link Conversation#dmKey}, if any. */
    Optional<Conversation> dm(String dmKey);

    /** Replaces name, owner and last activity. @throws dev.parley.store.StoreException.NotFound */
    void update(Conversation conversation);

    /** Deletes the conversation and its participants (its messages stay, unreachable). */
    void delete(long id);

    /** @throws dev.parley.store.StoreException.Conflict key "participant" if already in */
    void addParticipant(Participant participant);

    /** @throws dev.parley.store.StoreException.NotFound */
    void removeParticipant(long conversationId, long userId);

    /** Participants by join time, then user id. */
    List<Participant> participants(long conversationId);

    /** {@link #participants} of each of {@code conversationIds} that has any; the others are not keys. */
    Map<Long, List<Participant>> participantsOf(Collection<Long> conversationIds);

    Optional<Participant> participant(long conversationId, long userId);

    /** The user's conversations, most recent activity first (then id, descending). */
    List<Conversation> ofUser(long userId);
}
