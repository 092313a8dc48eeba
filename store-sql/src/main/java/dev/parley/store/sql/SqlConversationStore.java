package dev.parley.store.sql;

import static dev.parley.store.sql.Columns.millis;

import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.Participant;
import dev.parley.store.conversation.ConversationStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * DMs and group chats. The unique {@code dm_key} makes a second DM of the same pair a Conflict
 * "dm" (groups have none, and NULLs never clash); the participants' primary key makes a second
 * join a Conflict "participant"; deleting a conversation cascades to its participants.
 */
final class SqlConversationStore implements ConversationStore {
    private static final String SELECT = "SELECT " + ConversationRows.COLUMNS + " FROM conversations ";
    private static final String SELECT_PARTICIPANT =
            "SELECT " + ConversationRows.PARTICIPANT_COLUMNS + " FROM participants ";

    private final Sql sql;

    SqlConversationStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(Conversation conversation) {
        sql.execute(sql.update("""
                INSERT INTO conversations (id, kind, name, owner_id, dm_key, created_at, last_activity_at)
                VALUES (:id, :kind, :name, :owner_id, :dm_key, :created_at, :last_activity_at)""")
                .bind("id", conversation.id())
                .bind("kind", conversation.kind().name())
                .bind("name", conversation.name())
                .bind("owner_id", conversation.ownerId())
                .bind("dm_key", conversation.dmKey())
                .bind("created_at", millis(conversation.createdAt()))
                .bind("last_activity_at", millis(conversation.lastActivityAt())));
    }

    @Override
    public Optional<Conversation> byId(long id) {
        return sql.one(sql.query(SELECT + "WHERE id = :id").bind("id", id), ConversationRows::conversation);
    }

    @Override
    public Optional<Conversation> dm(String dmKey) {
        return sql.one(sql.query(SELECT + "WHERE dm_key = :dm_key").bind("dm_key", dmKey),
                ConversationRows::conversation);
    }

    @Override
    public void update(Conversation conversation) {
        sql.executeOne(sql.update("""
                UPDATE conversations SET name = :name, owner_id = :owner_id, last_activity_at = :last_activity_at
                 WHERE id = :id""")
                .bind("id", conversation.id())
                .bind("name", conversation.name())
                .bind("owner_id", conversation.ownerId())
                .bind("last_activity_at", millis(conversation.lastActivityAt())), "conversation " + conversation.id());
    }

    /** Deleting a conversation that does not exist is not an error: the result is the same. */
    @Override
    public void delete(long id) {
        sql.execute(sql.update("DELETE FROM conversations WHERE id = :id").bind("id", id));
    }

    @Override
    public void addParticipant(Participant participant) {
        sql.execute(sql.update("""
                INSERT INTO participants (conversation_id, user_id, joined_at)
                VALUES (:conversation, :user, :joined_at)""")
                .bind("conversation", participant.conversationId())
                .bind("user", participant.userId())
                .bind("joined_at", millis(participant.joinedAt())));
    }

    @Override
    public void removeParticipant(long conversationId, long userId) {
        sql.executeOne(sql.update("DELETE FROM participants WHERE conversation_id = :conversation AND user_id = :user")
                .bind("conversation", conversationId)
                .bind("user", userId), "participant " + conversationId + "/" + userId);
    }

    @Override
    public List<Participant> participants(long conversationId) {
        return participantsOf(List.of(conversationId)).getOrDefault(conversationId, List.of());
    }

    @Override
    public Map<Long, List<Participant>> participantsOf(Collection<Long> conversationIds) {
        return sql.listIn(SELECT_PARTICIPANT + "WHERE conversation_id IN (<ids>) ORDER BY conversation_id, joined_at, user_id",
                conversationIds, ConversationRows::participant).stream()
                .collect(Collectors.groupingBy(Participant::conversationId));
    }

    @Override
    public Optional<Participant> participant(long conversationId, long userId) {
        return sql.one(sql.query(SELECT_PARTICIPANT + "WHERE conversation_id = :conversation AND user_id = :user")
                .bind("conversation", conversationId)
                .bind("user", userId), ConversationRows::participant);
    }

    /** Through {@code participants_user}, then sorted; a user is in few conversations. */
    @Override
    public List<Conversation> ofUser(long userId) {
        return sql.list(sql.query("""
                SELECT c.id, c.kind, c.name, c.owner_id, c.dm_key, c.created_at, c.last_activity_at
                  FROM participants p JOIN conversations c ON c.id = p.conversation_id
                 WHERE p.user_id = :user
                 ORDER BY c.last_activity_at DESC, c.id DESC""")
                .bind("user", userId), ConversationRows::conversation);
    }
}
