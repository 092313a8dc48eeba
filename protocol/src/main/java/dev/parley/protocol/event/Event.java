package dev.parley.protocol.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The closed catalog of events Parley publishes after a change commits. On the wire each event
 * is an object whose {@code type} names it (for example {@code "channel_created"}). Events are
 * separate from storage types; payloads are the same views the REST API returns.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(UserUpdated.class),
        @JsonSubTypes.Type(UserDeleted.class),
        @JsonSubTypes.Type(SessionsRevoked.class),
        @JsonSubTypes.Type(SettingsUpdated.class),
        @JsonSubTypes.Type(CommunityCreated.class),
        @JsonSubTypes.Type(CommunityUpdated.class),
        @JsonSubTypes.Type(CommunityDeleted.class),
        @JsonSubTypes.Type(ChannelCreated.class),
        @JsonSubTypes.Type(ChannelUpdated.class),
        @JsonSubTypes.Type(ChannelDeleted.class),
        @JsonSubTypes.Type(RoleCreated.class),
        @JsonSubTypes.Type(RoleUpdated.class),
        @JsonSubTypes.Type(RoleDeleted.class),
        @JsonSubTypes.Type(MemberJoined.class),
        @JsonSubTypes.Type(MemberUpdated.class),
        @JsonSubTypes.Type(MemberLeft.class),
        @JsonSubTypes.Type(InviteCreated.class),
        @JsonSubTypes.Type(InviteDeleted.class),
        @JsonSubTypes.Type(MessageCreated.class),
        @JsonSubTypes.Type(MessageUpdated.class),
        @JsonSubTypes.Type(MessageDeleted.class),
        @JsonSubTypes.Type(MessagesBulkDeleted.class),
        @JsonSubTypes.Type(ReactionAdded.class),
        @JsonSubTypes.Type(ReactionRemoved.class),
        @JsonSubTypes.Type(ReactionsCleared.class),
        @JsonSubTypes.Type(ReadStateUpdated.class),
        @JsonSubTypes.Type(ReceiptUpdated.class),
        @JsonSubTypes.Type(ConversationCreated.class),
        @JsonSubTypes.Type(ConversationUpdated.class),
        @JsonSubTypes.Type(ConversationClosed.class)
})
public sealed interface Event permits
        UserUpdated,
        UserDeleted,
        SessionsRevoked,
        SettingsUpdated,
        CommunityCreated,
        CommunityUpdated,
        CommunityDeleted,
        ChannelCreated,
        ChannelUpdated,
        ChannelDeleted,
        RoleCreated,
        RoleUpdated,
        RoleDeleted,
        MemberJoined,
        MemberUpdated,
        MemberLeft,
        InviteCreated,
        InviteDeleted,
        MessageCreated,
        MessageUpdated,
        MessageDeleted,
        MessagesBulkDeleted,
        ReactionAdded,
        ReactionRemoved,
        ReactionsCleared,
        ReadStateUpdated,
        ReceiptUpdated,
        ConversationCreated,
        ConversationUpdated,
        ConversationClosed {
}
