package dev.parley.core.conversation;

import dev.parley.bus.Audience;
import dev.parley.core.Caller;
import dev.parley.core.Check;
import dev.parley.core.Failure;
import dev.parley.core.Mutations;
import dev.parley.core.readstate.ReadStates;
import dev.parley.domain.IdGenerator;
import dev.parley.domain.community.Community;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.Participant;
import dev.parley.domain.user.Settings;
import dev.parley.domain.user.User;
import dev.parley.protocol.conversation.AddParticipantRequest;
import dev.parley.protocol.conversation.ConversationView;
import dev.parley.protocol.conversation.CreateGroupRequest;
import dev.parley.protocol.conversation.OpenDmRequest;
import dev.parley.protocol.conversation.UpdateGroupRequest;
import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.event.ConversationClosed;
import dev.parley.protocol.event.ConversationCreated;
import dev.parley.protocol.event.ConversationUpdated;
import dev.parley.protocol.message.ReadStateView;
import dev.parley.store.StoreException;
import dev.parley.store.Tx;
import dev.parley.store.message.UnreadCounts;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Direct messages and group chats. Opening a DM is idempotent: the same pair always gets the same
 * conversation. Someone who turned off DMs from strangers can only be messaged, or put in a
 * group, by users who share a community with them. A group's owner renames it and adds and
 * removes participants; when the owner leaves, the longest-standing participant takes over; when
 * the last participant leaves, the group closes.
 */
public final class Conversations {
    public static final int NAME_MAX = 100;
    private final Mutations mutations;
    private final IdGenerator ids;
    private final InstantSource clock;
    private final int maxGroupSize;

    public Conversations(Mutations mutations, IdGenerator ids, InstantSource clock, int maxGroupSize) {
        this.mutations = mutations;
        this.ids = ids;
        this.clock = clock;
        this.maxGroupSize = maxGroupSize;
    }

    public ConversationView openDm(Caller caller, OpenDmRequest request) {
        Check.start().require("user_id", request.userId()).orThrow();
        long other = request.userId();
        if (other == caller.userId()) {
            throw Failure.invalid("user_id", "is yourself");
        }
        String key = Conversation.dmKey(caller.userId(), other);
        return mutations.apply(c -> {
            Tx tx = c.tx();
            var existing = tx.conversations().dm(key);
            if (existing.isPresent()) {
                return ConversationViews.of(tx, existing.get(), caller.userId());
            }
            requireReachable(tx, caller.userId(), other);
            Instant now = clock.instant();
            Conversation dm = new Conversation(ids.next(), Conversation.Kind.DM, null, null, key, now, now);
            try {
                tx.conversations().insert(dm);
            } catch (StoreException.Conflict raced) {
                throw Failure.of(ErrorCode.CONFLICT, "The DM was opened at the same moment; retry.");
            }
            tx.conversations().addParticipant(new Participant(dm.id(), caller.userId(), now));
            tx.conversations().addParticipant(new Participant(dm.id(), other, now));
            c.emit(new Audience.Users(Set.of(caller.userId(), other)), new ConversationCreated(ConversationViews.of(tx, dm, 0)));
            return ConversationViews.of(tx, dm, caller.userId());
        });
    }

    public ConversationView createGroup(Caller caller, CreateGroupRequest request) {
        Set<Long> others = userIds(request.userIds(), caller.userId());
        Check.start().line("name", request.name(), 1, NAME_MAX).orThrow();
        if (others.size() + 1 > maxGroupSize) {
            throw Failure.invalid("user_ids", "a group holds at most " + maxGroupSize + " people");
        }
        return mutations.apply(c -> {
            Tx tx = c.tx();
            for (long other : others) {
                requireReachable(tx, caller.userId(), other);
            }
            Instant now = clock.instant();
            Conversation group = new Conversation(ids.next(), Conversation.Kind.GROUP, Check.blankToNull(request.name()),
                    caller.userId(), null, now, now);
            tx.conversations().insert(group);
            tx.conversations().addParticipant(new Participant(group.id(), caller.userId(), now));
            for (long other : others) {
                tx.conversations().addParticipant(new Participant(group.id(), other, now));
            }
            Set<Long> everyone = new LinkedHashSet<>(others);
            everyone.add(caller.userId());
            c.emit(new Audience.Users(everyone), new ConversationCreated(ConversationViews.of(tx, group, 0)));
            return ConversationViews.of(tx, group, caller.userId());
        });
    }

    /** The caller's DMs and groups, most recent activity first. */
    public List<ConversationView> list(Caller caller) {
        return mutations.read(tx -> list(tx, caller.userId()));
    }

    /** {@link #list(Caller)} inside a transaction of the caller's, in a fixed number of reads. */
    public static List<ConversationView> list(Tx tx, long userId) {
        List<Conversation> conversations = tx.conversations().ofUser(userId);
        return list(tx, userId, conversations, ReadStates.views(tx, userId,
                conversations.stream().map(co -> ReadStates.Seen.conversation(co.id())).toList()));
    }

    /**
     * {@link #list(Tx, long)} of conversations already read ({@code ConversationStore.ofUser}), with
     * their counts taken from the user's read states of them (READY reads those for every channel at once).
     */
    public static List<ConversationView> list(Tx tx, long userId, List<Conversation> conversations,
                                              Map<Long, ReadStateView> readStates) {
        Map<Long, UnreadCounts> unread = new HashMap<>();
        readStates.forEach((id, rs) -> unread.put(id, new UnreadCounts(rs.unreadCount(), rs.mentionCount())));
        return ConversationViews.list(tx, conversations, userId, unread);
    }

    public ConversationView get(Caller caller, long id) {
        return mutations.read(tx -> ConversationViews.of(tx, participantOf(tx, id, caller.userId()), caller.userId()));
    }

    public ConversationView rename(Caller caller, long id, UpdateGroupRequest request) {
        Set<String> set = request.name() == null ? Set.of() : Set.of("name");
        Check.start().line("name", request.name(), 1, NAME_MAX).clears(request.clear(), Set.of("name"), set).orThrow();
        return mutations.apply(c -> {
            Conversation group = ownedGroup(c.tx(), id, caller.userId());
            boolean clear = request.clear() != null && request.clear().contains("name");
            Conversation renamed = group.withName(clear ? null : request.name() == null ? group.name() : request.name().strip());
            c.tx().conversations().update(renamed);
            return updated(c, renamed, caller.userId());
        });
    }

    public ConversationView addParticipant(Caller caller, long id, AddParticipantRequest request) {
        Check.start().require("user_id", request.userId()).orThrow();
        return mutations.apply(c -> {
            Tx tx = c.tx();
            Conversation group = ownedGroup(tx, id, caller.userId());
            long userId = request.userId();
            if (tx.conversations().participant(id, userId).isPresent()) {
                throw Failure.of(ErrorCode.ALREADY_MEMBER, "That user is already in this group.");
            }
            if (tx.conversations().participants(id).size() >= maxGroupSize) {
                throw Failure.of(ErrorCode.CONFLICT, "A group holds at most " + maxGroupSize + " people.");
            }
            requireReachable(tx, caller.userId(), userId);
            tx.conversations().addParticipant(new Participant(id, userId, clock.instant()));
            c.emit(Audience.user(userId), new ConversationCreated(ConversationViews.of(tx, group, 0)));
            return updated(c, group, caller.userId());
        });
    }

    /** The owner removes someone; removing oneself is leaving. */
    public void removeParticipant(Caller caller, long id, long userId) {
        if (userId == caller.userId()) {
            leave(caller, id);
            return;
        }
        mutations.apply(c -> {
            Conversation group = ownedGroup(c.tx(), id, caller.userId());
            c.tx().conversations().participant(id, userId).orElseThrow(() -> Failure.notFound("participant"));
            c.tx().conversations().removeParticipant(id, userId);
            c.emit(Audience.user(userId), new ConversationClosed(id));
            updated(c, group, caller.userId());
            return null;
        });
    }

    public void leave(Caller caller, long id) {
        mutations.apply(c -> {
            Tx tx = c.tx();
            Conversation conversation = participantOf(tx, id, caller.userId());
            if (conversation.kind() == Conversation.Kind.DM) {
                throw Failure.invalid("conversation_id", "a DM cannot be left");
            }
            tx.conversations().removeParticipant(id, caller.userId());
            c.emit(Audience.user(caller.userId()), new ConversationClosed(id));
            List<Participant> rest = tx.conversations().participants(id);
            if (rest.isEmpty()) {
                tx.conversations().delete(id);
                return null;
            }
            Conversation after = conversation;
            if (Long.valueOf(caller.userId()).equals(conversation.ownerId())) {
                after = conversation.withOwner(rest.getFirst().userId());
                tx.conversations().update(after);
            }
            updated(c, after, 0);
            return null;
        });
    }

    private static ConversationView updated(Mutations.Changes c, Conversation conversation, long viewerId) {
        Set<Long> participants = c.tx().conversations().participants(conversation.id()).stream()
                .map(Participant::userId).collect(Collectors.toSet());
        c.emit(new Audience.Users(participants), new ConversationUpdated(ConversationViews.of(c.tx(), conversation, 0)));
        return ConversationViews.of(c.tx(), conversation, viewerId);
    }

    private static Conversation participantOf(Tx tx, long id, long userId) {
        Conversation conversation = tx.conversations().byId(id).orElseThrow(() -> Failure.notFound("conversation"));
        tx.conversations().participant(id, userId).orElseThrow(() -> Failure.notFound("conversation"));
        return conversation;
    }

    private static Conversation ownedGroup(Tx tx, long id, long userId) {
        Conversation conversation = participantOf(tx, id, userId);
        if (conversation.kind() != Conversation.Kind.GROUP) {
            throw Failure.invalid("conversation_id", "is a DM, not a group");
        }
        if (!Long.valueOf(userId).equals(conversation.ownerId())) {
            throw Failure.of(ErrorCode.MISSING_PERMISSION, "Only the group's owner can do this.");
        }
        return conversation;
    }

    /** The target exists, is not deleted, and accepts DMs from the caller. */
    private static void requireReachable(Tx tx, long callerId, long targetId) {
        User target = tx.users().byId(targetId).filter(u -> !u.deleted()).orElseThrow(() -> Failure.notFound("user"));
        Settings settings = tx.settings().get(target.id()).orElse(Settings.defaults(target.id()));
        if (settings.dmsFromStrangers()) {
            return;
        }
        Set<Long> theirs = tx.communities().ofMember(targetId).stream().map(Community::id).collect(Collectors.toSet());
        boolean share = tx.communities().ofMember(callerId).stream().map(Community::id).anyMatch(theirs::contains);
        if (!share) {
            throw Failure.of(ErrorCode.DMS_CLOSED);
        }
    }

    private static Set<Long> userIds(List<String> raw, long callerId) {
        Check check = Check.start().require("user_ids", raw);
        Set<Long> ids = new LinkedHashSet<>();
        if (raw != null) {
            if (raw.isEmpty() || raw.size() > 1000) {
                check.fail("user_ids", "must list 1 to 1000 users");
            }
            for (String id : raw) {
                try {
                    long parsed = Long.parseLong(id);
                    if (parsed != callerId) {
                        ids.add(parsed);
                    }
                } catch (NumberFormatException | NullPointerException e) {
                    check.fail("user_ids", "holds something that is not an id");
                    break;
                }
            }
            if (check.ok() && ids.isEmpty()) {
                check.fail("user_ids", "must name someone other than yourself");
            }
        }
        check.orThrow();
        return ids;
    }
}
