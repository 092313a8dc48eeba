package dev.parley.gateway;

import dev.parley.core.Caller;
import dev.parley.protocol.event.ChannelCreated;
import dev.parley.protocol.event.ChannelDeleted;
import dev.parley.protocol.event.ChannelUpdated;
import dev.parley.protocol.event.CommunityCreated;
import dev.parley.protocol.event.CommunityDeleted;
import dev.parley.protocol.event.CommunityUpdated;
import dev.parley.protocol.event.ConversationClosed;
import dev.parley.protocol.event.ConversationCreated;
import dev.parley.protocol.event.ConversationUpdated;
import dev.parley.protocol.event.Event;
import dev.parley.protocol.event.InviteCreated;
import dev.parley.protocol.event.InviteDeleted;
import dev.parley.protocol.event.MemberJoined;
import dev.parley.protocol.event.MemberLeft;
import dev.parley.protocol.event.MemberUpdated;
import dev.parley.protocol.event.MessageCreated;
import dev.parley.protocol.event.MessageDeleted;
import dev.parley.protocol.event.MessageUpdated;
import dev.parley.protocol.event.MessagesBulkDeleted;
import dev.parley.protocol.event.ReactionAdded;
import dev.parley.protocol.event.ReactionRemoved;
import dev.parley.protocol.event.ReactionsCleared;
import dev.parley.protocol.event.ReadStateUpdated;
import dev.parley.protocol.event.ReceiptUpdated;
import dev.parley.protocol.event.RoleCreated;
import dev.parley.protocol.event.RoleDeleted;
import dev.parley.protocol.event.RoleUpdated;
import dev.parley.protocol.event.SessionsRevoked;
import dev.parley.protocol.event.SettingsUpdated;
import dev.parley.protocol.event.UserDeleted;
import dev.parley.protocol.event.UserUpdated;
import dev.parley.protocol.gateway.Resync;
import dev.parley.store.event.LoggedEvent;
import dev.parley.store.gateway.ResumeRecord;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds a session that this gateway process does not hold (another node held it and failed or
 * lost the client, or this process restarted) from its {@link ResumeRecord} and the event log
 * (gateway.md §5, server note). Runs on a blocking thread; the {@link Shard} then adopts the result.
 *
 * <p>The record says the session had numbered every event it received up to log position
 * {@code p} with sequence numbers up to {@code seq}. Replaying the log after {@code p} through the
 * same filter as live routing ({@link Subscriptions}, holding only this user) numbers the
 * following events exactly as the old owner did, provided the filter's inputs did not change
 * within the replayed range: the user's memberships, what they may view, and who shares a
 * community or conversation with them. Any event that may change those and that concerns this
 * user ({@link #unsettles}) ends the recovery with {@code state_lost}: the client then resyncs, so
 * resume never guesses. Messages, reactions, reads and the like never stop it.
 */
final class SessionRecovery {
    private static final int PAGE = 1_000;

    /** What a recovery produced. */
    sealed interface Outcome {
    }

    /** The session could not be rebuilt exactly: answer {@code RESYNC} with this reason. */
    record Refused(String reason) implements Outcome {
    }

    /**
     * The session, rebuilt: it had assigned {@code lastS}; {@code held} are its dispatches after the
     * record's {@code seq} (the oldest dropped beyond the resume limit), and it has seen the log up
     * to {@code position}. {@code memberships} were read before the replay and are still valid.
     */
    record Recovered(ResumeRecord record, long lastS, ArrayDeque<LogEvent> held, long position,
                     GatewayFacts.Memberships memberships) implements Outcome {
    }

    private final GatewayFacts facts;
    private final GatewayConfig config;
    private final String owner;

    /** @param owner this gateway process's id, which the record is claimed for */
    SessionRecovery(GatewayFacts facts, GatewayConfig config, String owner) {
        this.facts = facts;
        this.config = config;
        this.owner = owner;
    }

    /**
     * Finds the record, checks it may be resumed from {@code seq}, claims it for this process and
     * replays the log after it.
     */
    Outcome recover(Caller caller, String sessionId, long seq, Instant now) {
        Optional<ResumeRecord> found = facts.resumeRecord(sessionId);
        if (found.isEmpty() || found.get().userId() != caller.userId()
                || found.get().loginSessionId() != caller.sessionId()) {
            return new Refused(Resync.SESSION_UNKNOWN);
        }
        ResumeRecord record = found.get();
        if (record.detachedAt() != null && record.detachedAt().plus(config.resumeWindow()).isBefore(now)) {
            return new Refused(Resync.WINDOW_EXPIRED);
        }
        if (seq < record.seq() || record.position() + 1 < facts.tail()) {
            return new Refused(Resync.TOO_MANY_EVENTS); // acknowledged, or purged from the log: not held
        }
        if (!facts.claimResumeRecord(sessionId, record.owner(), owner)) {
            return new Refused(Resync.SESSION_UNKNOWN); // another RESUME of it won the race
        }
        GatewayFacts.Memberships memberships = facts.memberships(caller.userId());
        Outcome outcome = replay(record, memberships);
        if (outcome instanceof Refused) {
            facts.deleteResumeRecords(List.of(sessionId), owner);
        }
        return outcome;
    }

    private Outcome replay(ResumeRecord record, GatewayFacts.Memberships memberships) {
        long user = record.userId();
        Subscriptions alone = new Subscriptions(facts, new PresenceDirectory());
        alone.add(user, memberships);
        ArrayDeque<LogEvent> held = new ArrayDeque<>();
        long s = record.seq();
        long position = record.position();
        long scanned = 0;
        long maxScanned = 10L * config.resumeMaxEvents();
        while (true) {
            List<LoggedEvent> page = facts.eventsAfter(position, PAGE);
            if (page.isEmpty()) {
                return new Recovered(record, s, held, position, memberships);
            }
            for (LoggedEvent logged : page) {
                LogEvent event = Hub.decode(logged);
                alone.before(event.event());
                boolean receives = alone.resolve(event).contains(user);
                if (unsettles(event.event()) && (receives || names(event.event(), user))) {
                    return new Refused(Resync.STATE_LOST);
                }
                if (receives) {
                    s++;
                    held.addLast(event);
                    if (held.size() > config.resumeMaxEvents()) {
                        held.removeFirst();
                    }
                }
                alone.after(event.event(), event.audience());
                position = logged.position();
                if (++scanned > maxScanned) {
                    return new Refused(Resync.TOO_MANY_EVENTS);
                }
            }
        }
    }

    /**
     * Whether an event may change whom an event reaches or what a user may view, or end a session.
     * Exhaustive on purpose: a new event type does not compile until someone decides.
     */
    static boolean unsettles(Event event) {
        return switch (event) {
            case MessageCreated e -> false;
            case MessageUpdated e -> false;
            case MessageDeleted e -> false;
            case MessagesBulkDeleted e -> false;
            case ReactionAdded e -> false;
            case ReactionRemoved e -> false;
            case ReactionsCleared e -> false;
            case ReadStateUpdated e -> false;
            case ReceiptUpdated e -> false;
            case InviteCreated e -> false;
            case InviteDeleted e -> false;
            case UserUpdated e -> false;
            case SettingsUpdated e -> false;
            case UserDeleted e -> true;
            case SessionsRevoked e -> true;
            case CommunityCreated e -> true;
            case CommunityUpdated e -> true;
            case CommunityDeleted e -> true;
            case ChannelCreated e -> true;
            case ChannelUpdated e -> true;
            case ChannelDeleted e -> true;
            case RoleCreated e -> true;
            case RoleUpdated e -> true;
            case RoleDeleted e -> true;
            case MemberJoined e -> true;
            case MemberUpdated e -> true;
            case MemberLeft e -> true;
            case ConversationCreated e -> true;
            case ConversationUpdated e -> true;
            case ConversationClosed e -> true;
        };
    }

    /** Whether an event is about the user themselves (their membership, sessions or account). */
    private static boolean names(Event event, long user) {
        return switch (event) {
            case MemberJoined e -> e.member().user().id() == user;
            case MemberUpdated e -> e.member().user().id() == user;
            case MemberLeft e -> e.userId() == user;
            case SessionsRevoked e -> e.userId() == user;
            case UserDeleted e -> e.userId() == user;
            case ConversationCreated e -> e.conversation().participants().stream().anyMatch(p -> p.id() == user);
            case ConversationUpdated e -> e.conversation().participants().stream().anyMatch(p -> p.id() == user);
            default -> false;
        };
    }
}
