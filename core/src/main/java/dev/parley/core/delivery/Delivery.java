package dev.parley.core.delivery;

import dev.parley.core.Caller;
import dev.parley.core.Mutations;
import dev.parley.core.community.CommunityPermissions;
import dev.parley.core.message.ChannelContext;
import dev.parley.domain.community.Community;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.permission.Permission;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The gateway router's questions about who may receive what, each answered in one read transaction. */
public final class Delivery {
    private final Mutations mutations;

    public Delivery(Mutations mutations) {
        this.mutations = mutations;
    }

    /**
     * For each of {@code userIds} who is a member of the community, the ids of its channels
     * (categories included) on which they hold VIEW_CHANNEL now. Non-members, and every user when
     * the community does not exist, are absent. The community's facts are loaded once; members
     * with the same roles share one calculation, so 10,000 users cost little more than one.
     */
    public Map<Long, Set<Long>> visibleChannels(long communityId, Collection<Long> userIds) {
        return mutations.read(tx -> CommunityPermissions.load(tx, communityId)
                .map(facts -> facts.visibleTo(tx.members().ofUsers(communityId, userIds)))
                .orElseGet(HashMap::new));
    }

    /** The communities the user belongs to, and the participants of each of their DMs and groups. */
    public Memberships memberships(long userId) {
        return mutations.read(tx -> {
            Set<Long> communities = tx.communities().ofMember(userId).stream().map(Community::id).collect(Collectors.toSet());
            List<Long> conversationIds = tx.conversations().ofUser(userId).stream().map(Conversation::id).toList();
            Map<Long, List<Participant>> participants = tx.conversations().participantsOf(conversationIds);
            Map<Long, Set<Long>> conversations = new HashMap<>();
            for (long id : conversationIds) {
                conversations.put(id, participants.getOrDefault(id, List.of()).stream()
                        .map(Participant::userId).collect(Collectors.toSet()));
            }
            return new Memberships(communities, conversations);
        });
    }

    /**
     * Whether the caller may say they are typing in a channel: the same checks as sending a
     * message there. Returns the channel's community id when they may, or 0 for a DM or group
     * (the gateway relays typing to that community's viewers or the conversation's participants).
     *
     * @throws dev.parley.core.Failure NOT_FOUND when there is no such channel or the caller cannot
     *     see it (a community channel without VIEW_CHANNEL, a conversation they are not in),
     *     MISSING_PERMISSION when they see it without SEND_MESSAGES, VALIDATION_FAILED for a category
     */
    public long checkTyping(Caller caller, long channelId) {
        return mutations.read(tx -> {
            ChannelContext context = ChannelContext.of(tx, channelId, caller.userId());
            context.require(Permission.SEND_MESSAGES);
            return context.isConversation() ? 0L : context.channel().communityId();
        });
    }
}
