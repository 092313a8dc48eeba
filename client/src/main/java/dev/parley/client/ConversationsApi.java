package dev.parley.client;

import dev.parley.protocol.conversation.AddParticipantRequest;
import dev.parley.protocol.conversation.ConversationView;
import dev.parley.protocol.conversation.CreateGroupRequest;
import dev.parley.protocol.conversation.OpenDmRequest;
import dev.parley.protocol.conversation.UpdateGroupRequest;
import java.util.Collection;
import java.util.List;

/**
 * Direct messages and group chats ({@code /api/v1/conversations}). A conversation's id is also
 * its channel id: send and read its messages with {@link ParleyClient#messages()}, and so on.
 * Opening a DM is idempotent (the same pair always gets the same conversation). A group's owner
 * renames it and adds and removes participants; any participant may {@link #leave} it. A DM
 * cannot be left.
 */
public final class ConversationsApi {
    private final Requester requester;

    ConversationsApi(Requester requester) {
        this.requester = requester;
    }

    /** Opens the DM with {@code userId}, or answers the existing one. */
    public ConversationView openDm(long userId) {
        return openDm(new OpenDmRequest(userId));
    }

    /** As {@link #openDm(long)}, with the request as given. */
    public ConversationView openDm(OpenDmRequest request) {
        return requester.fetch(ApiCall.post(ApiPath.of("conversations", "dm"), request), ConversationView.class);
    }

    /** Creates a group owned by the caller, with the given users as the other participants. */
    public ConversationView createGroup(CreateGroupRequest request) {
        return requester.fetch(ApiCall.post(ApiPath.of("conversations", "groups"), request), ConversationView.class);
    }

    /** As {@link #createGroup(CreateGroupRequest)}; {@code name} may be null for an unnamed group. */
    public ConversationView createGroup(String name, Collection<Long> userIds) {
        return createGroup(new CreateGroupRequest(name, userIds.stream().map(String::valueOf).toList()));
    }

    /** The caller's DMs and groups, most recent activity first. */
    public List<ConversationView> list() {
        return requester.fetchList(ApiCall.get(ApiPath.of("conversations")), ConversationView.class);
    }

    public ConversationView get(long conversationId) {
        return requester.fetch(ApiCall.get(conversationPath(conversationId)), ConversationView.class);
    }

    /** Renames a group (owner only); {@code clear: ["name"]} removes the name. */
    public ConversationView update(long conversationId, UpdateGroupRequest request) {
        return requester.fetch(ApiCall.patch(conversationPath(conversationId), request), ConversationView.class);
    }

    /** Adds a user to a group (owner only). */
    public ConversationView addParticipant(long conversationId, long userId) {
        return addParticipant(conversationId, new AddParticipantRequest(userId));
    }

    /** As {@link #addParticipant(long, long)}, with the request as given. */
    public ConversationView addParticipant(long conversationId, AddParticipantRequest request) {
        return requester.fetch(ApiCall.post(participantsPath(conversationId), request), ConversationView.class);
    }

    /** Removes a participant from a group (owner only); removing oneself is {@link #leave leaving}. */
    public void removeParticipant(long conversationId, long userId) {
        requester.execute(ApiCall.delete(ApiPath.of("conversations", conversationId, "participants", userId)));
    }

    /**
     * The caller leaves the group; when the owner leaves, the longest-standing participant takes
     * over, and when the last one leaves, the group closes.
     */
    public void leave(long conversationId) {
        requester.execute(ApiCall.delete(ApiPath.of("conversations", conversationId, "participants", ApiPath.ME)));
    }

    private static String conversationPath(long conversationId) {
        return ApiPath.of("conversations", conversationId);
    }

    private static String participantsPath(long conversationId) {
        return ApiPath.of("conversations", conversationId, "participants");
    }
}
