package dev.parley.gateway;

import dev.parley.core.Caller;
import dev.parley.protocol.conversation.ConversationView;
import dev.parley.protocol.gateway.CommunitySnapshot;
import dev.parley.protocol.gateway.MembersChunk;
import dev.parley.protocol.gateway.RequestMembers;
import dev.parley.protocol.message.MessageView;
import dev.parley.protocol.message.ReadStateView;
import dev.parley.protocol.message.SendMessageRequest;
import dev.parley.protocol.user.SettingsView;
import dev.parley.protocol.user.UserPublic;
import dev.parley.protocol.user.UserSelf;
import dev.parley.store.event.LoggedEvent;
import dev.parley.store.gateway.ResumeRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the gateway asks of the core: the one seam between transport and use cases. Every method
 * may block on the database, so callers run it on a virtual thread, never on an event loop or the
 * hub. Failures are {@link dev.parley.core.Failure}s, turned into ERROR frames or close codes.
 */
public interface GatewayFacts {
    /** The caller behind an access token; fails when the token or its login session is not valid. */
    Caller authenticate(String accessToken, String ip);

    /**
     * IDENTIFY: the caller behind an access token and their READY snapshot, consistent with the
     * event log up to {@link Snapshot#position()}, read in the transaction that found the login
     * session active. Fails as {@link #authenticate} does.
     */
    Identified identify(String accessToken, String ip);

    /** The communities and conversations (with their participants) of a user, now. */
    Memberships memberships(long userId);

    /** For each of these users who is a member, the community's channels they may view now. */
    Map<Long, Set<Long>> visibleChannels(long communityId, Collection<Long> userIds);

    /**
     * Checks that the caller may type (send) in the channel, failing as a send would; returns the
     * channel's community id, or 0 for a DM or group.
     */
    long checkTyping(Caller caller, long channelId);

    MessageView send(Caller caller, long channelId, SendMessageRequest request);

    MembersChunk requestMembers(Caller caller, RequestMembers request);

    /** When each of these users was last visibly present, for those ever seen (gateway.md §11). */
    Map<Long, Instant> lastSeen(Collection<Long> userIds);

    /** Stores when a user was last visibly present. */
    void recordLastSeen(long userId, Instant at);

    /** Event-log entries after a position, oldest first. */
    List<LoggedEvent> eventsAfter(long position, int limit);

    /** The newest event-log position. */
    long head();

    /** The oldest event-log position still held ({@code head() + 1} when the log is empty). */
    long tail();

    /**
     * Saves sessions' resume records in one transaction; returns the ids of those another gateway
     * process owns now (it took them over for a RESUME), which were not saved.
     */
    Set<String> saveResumeRecords(Collection<ResumeRecord> records);

    Optional<ResumeRecord> resumeRecord(String sessionId);

    /** Takes a session's record over from {@code expectedOwner}; false when it has another owner by now. */
    boolean claimResumeRecord(String sessionId, String expectedOwner, String newOwner);

    /** Deletes the records of ended sessions, where {@code owner} still owns them. */
    void deleteResumeRecords(Collection<String> sessionIds, String owner);

    /** Who an IDENTIFY authenticated as, and their snapshot. */
    record Identified(Caller caller, Snapshot snapshot) {
    }

    /** Everything READY carries but the session id and presences, read at one log position. */
    record Snapshot(long position, UserSelf user, SettingsView settings, List<CommunitySnapshot> communities,
                    List<ConversationView> conversations, List<ReadStateView> readStates) {
    }

    /** A user's communities, and the participants of each of their DMs and groups. */
    record Memberships(Set<Long> communityIds, Map<Long, Set<Long>> conversations) {
        public Memberships {
            communityIds = Set.copyOf(communityIds);
            conversations = Map.copyOf(conversations);
        }

        /** What a snapshot shows: its communities, and its conversations with their participants. */
        static Memberships of(Snapshot snapshot) {
            Map<Long, Set<Long>> conversations = new HashMap<>();
            snapshot.conversations().forEach(c -> conversations.put(c.id(),
                    c.participants().stream().map(UserPublic::id).collect(Collectors.toSet())));
            return new Memberships(snapshot.communities().stream().map(c -> c.community().id())
                    .collect(Collectors.toSet()), conversations);
        }
    }
}
