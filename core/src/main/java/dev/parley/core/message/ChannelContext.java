package dev.parley.core.message;

import dev.parley.bus.Audience;
import dev.parley.core.Failure;
import dev.parley.core.community.Access;
import dev.parley.core.community.CommunityPermissions;
import dev.parley.domain.channel.Channel;
import dev.parley.domain.channel.ChannelType;
import dev.parley.domain.community.Member;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.permission.Permission;
import dev.parley.domain.permission.PermissionSet;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.store.Tx;
import java.util.List;
import java.util.Set;

/**
 * One user's standing in a message channel, whichever kind it is: a community channel (their
 * effective permissions there) or a DM or group (participants may read, write and react; nobody
 * moderates another's messages, and any participant may pin). Loading it answers NOT_FOUND when
 * the channel does not exist or the user may not see it, so messaging never leaks channel ids.
 */
public record ChannelContext(
        long channelId,
        Channel channel,
        Conversation conversation,
        PermissionSet permissions,
        Set<Long> roleIds,
        List<Long> participants) {

    /** What a participant of a DM or group may do. */
    static final PermissionSet PARTICIPANT = PermissionSet.of(Permission.VIEW_CHANNEL, Permission.SEND_MESSAGES,
            Permission.READ_MESSAGE_HISTORY, Permission.ADD_REACTIONS, Permission.ATTACH_FILES, Permission.EMBED_LINKS);

    public static ChannelContext of(Tx tx, long channelId, long userId) {
        var channel = tx.channels().byId(channelId);
        if (channel.isPresent()) {
            Channel ch = channel.get();
            Access access;
            try {
                access = Access.of(tx, ch.communityId(), userId);
            } catch (Failure notMember) {
                throw Failure.notFound("channel");
            }
            return inCommunity(ch, access.in(tx, ch), access.member());
        }
        return ofConversation(tx, channelId, userId);
    }

    /**
     * {@link #of} for a channel of a community whose permission facts are known (loaded in this
     * transaction or kept from an earlier one): only the user's member record is read.
     *
     * @param channel one of {@code community}'s channels
     */
    public static ChannelContext of(Tx tx, CommunityPermissions community, Channel channel, long userId) {
        Member member = tx.members().get(community.community().id(), userId).orElseThrow(() -> Failure.notFound("channel"));
        return inCommunity(channel, community.in(member, channel), member);
    }

    /** {@link #of} for an id that names no community channel: a DM or group the user takes part in. */
    public static ChannelContext ofConversation(Tx tx, long channelId, long userId) {
        Conversation conversation = tx.conversations().byId(channelId).orElseThrow(() -> Failure.notFound("channel"));
        List<Long> participants = tx.conversations().participants(channelId).stream().map(Participant::userId).toList();
        if (!participants.contains(userId)) {
            throw Failure.notFound("channel");
        }
        return new ChannelContext(channelId, null, conversation, PARTICIPANT, Set.of(), participants);
    }

    private static ChannelContext inCommunity(Channel channel, PermissionSet permissions, Member member) {
        if (!permissions.has(Permission.VIEW_CHANNEL)) {
            throw Failure.notFound("channel");
        }
        if (channel.type() == ChannelType.CATEGORY) {
            throw Failure.invalid("channel_id", "a category holds no messages");
        }
        return new ChannelContext(channel.id(), channel, null, permissions, member.roleIds(), List.of());
    }

    public boolean isConversation() {
        return conversation != null;
    }

    public boolean has(Permission permission) {
        return permissions.has(permission);
    }

    /** @throws Failure MISSING_PERMISSION (the caller can already see the channel) */
    public void require(Permission permission) {
        if (!has(permission)) {
            throw Failure.of(ErrorCode.MISSING_PERMISSION, "This needs the " + permission + " permission in this channel.");
        }
    }

    /** Moderators of a community channel, or anyone in a DM or group, may pin. */
    public boolean canPin() {
        return isConversation() || has(Permission.MANAGE_MESSAGES);
    }

    public int slowmodeSeconds() {
        return channel == null ? 0 : channel.slowmodeSeconds();
    }

    /** Who receives this channel's message events. */
    public Audience audience() {
        return isConversation() ? new Audience.Users(Set.copyOf(participants))
                : new Audience.Channel(channel.communityId(), channelId);
    }
}
