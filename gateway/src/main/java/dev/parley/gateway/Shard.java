package dev.parley.gateway;

import dev.parley.bus.PresenceSignal;
import dev.parley.core.Caller;
import dev.parley.core.json.Json;
import dev.parley.protocol.event.Event;
import dev.parley.protocol.event.MemberJoined;
import dev.parley.protocol.event.SessionsRevoked;
import dev.parley.protocol.event.UserDeleted;
import dev.parley.protocol.gateway.CloseCode;
import dev.parley.protocol.gateway.Envelope;
import dev.parley.protocol.gateway.MembersChunk;
import dev.parley.protocol.gateway.Op;
import dev.parley.protocol.gateway.PresenceUpdate;
import dev.parley.protocol.gateway.Ready;
import dev.parley.protocol.gateway.RequestMembers;
import dev.parley.protocol.gateway.Resumed;
import dev.parley.protocol.gateway.Resync;
import dev.parley.protocol.gateway.Typing;
import dev.parley.store.event.LoggedEvent;
import dev.parley.store.gateway.ResumeRecord;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One hub shard: a single thread that owns the sessions of a partition of the users (all of a
 * user's sessions, so their devices and presence merge here; {@link Hub#shardOf}), their
 * subscriptions and presence. It routes every committed event, in event-log order, to its sessions
 * whose user may see it, and assigns each session's sequence numbers. Event loops only write what
 * it hands them ({@link Outbox}); they never decide who receives what.
 *
 * <p>Every shard receives every event, in log order, from the {@link Hub}'s router, and applies
 * the subscription changes it implies to its own users before routing the next one: a kick, a
 * lost permission or a logout therefore takes effect for the user's sessions before any later
 * event, whatever the other shards are doing. Shards share only immutable events (encoded once)
 * and the {@link PresenceDirectory}.
 */
final class Shard implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Shard.class);
    private static final int CATCH_UP_PAGE = 1_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final GatewayConfig config;
    private final GatewayFacts facts;
    private final InstantSource clock;
    private final Hub hub;
    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final Subscriptions subscriptions;
    private final PresenceBoard presence;
    private final Outbox outbox;
    private final Map<String, Session> sessions = new HashMap<>();
    private final IdMap<List<Session>> sessionsOfUser = new IdMap<>();
    /**
     * Sessions ended for passing the resume window, kept (without their events) one more window so
     * that a late RESUME is told {@code window_expired}, as gateway.md §5 says, not {@code session_unknown}.
     */
    private final Map<String, Session> expiredSessions = new HashMap<>();
    private final TypingThrottle typing = new TypingThrottle();
    private final ShardRecords records;
    private volatile boolean running = true;
    /** The last log position this shard routed. */
    private long cursor;

    /**
     * @param cursor         the log position routing starts after (the router's)
     * @param lastSeenWriter stores last-seen times in order, off the shard threads
     */
    Shard(int index, Hub hub, GatewayConfig config, GatewayFacts facts, InstantSource clock,
          PresenceDirectory directory, Executor lastSeenWriter, long cursor) {
        this.config = config;
        this.facts = facts;
        this.clock = clock;
        this.hub = hub;
        this.subscriptions = new Subscriptions(facts, directory);
        this.outbox = new Outbox(config.maxQueuedBytes(), config.maxQueuedFrames());
        this.presence = new PresenceBoard(directory, subscriptions, outbox, this::connectionsOf, hub::presenceChanged,
                (user, at) -> lastSeenWriter.execute(() -> {
                    try {
                        facts.recordLastSeen(user, at);
                    } catch (RuntimeException e) {
                        log.warn("could not store when user {} was last seen", user, e);
                    }
                }), facts, this::execute, clock);
        this.cursor = cursor;
        this.records = new ShardRecords(this, hub, facts, config);
        this.thread = Thread.ofPlatform().name("parley-gateway-shard-" + index).daemon().unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    // ---- entry points: each enqueues a task for the shard's thread ----

    /** The next event of the log, from the router, in log order. */
    void route(LogEvent event) {
        enqueue(() -> onRoute(event));
    }

    void identify(Connection connection, Caller caller, GatewayFacts.Snapshot snapshot,
                  GatewayFacts.Memberships memberships, PresenceUpdate initial, Map<Long, Instant> lastSeen) {
        enqueue(() -> onIdentify(connection, caller, snapshot, memberships, initial, lastSeen));
    }

    void resume(Connection connection, Caller caller, String sessionId, long seq, Map<Long, Instant> lastSeen) {
        enqueue(() -> onResume(connection, caller, sessionId, seq, lastSeen));
    }

    /** The end of a RESUME this shard handed to {@link Hub#recover}: the session rebuilt, or why not. */
    void adopt(Connection connection, Caller caller, SessionRecovery.Outcome outcome, long seq, Map<Long, Instant> lastSeen) {
        enqueue(() -> onAdopt(connection, caller, outcome, seq, lastSeen));
    }

    /** Another gateway process owns these sessions now: drop them here (gateway.md §5, server note). */
    void lost(Set<String> sessionIds) {
        enqueue(() -> sessionIds.forEach(id -> {
            Session session = sessions.get(id);
            if (session != null) {
                if (session.connection != null) {
                    session.connection.close(CloseCode.SESSION_REPLACED);
                }
                drop(session, false);
            }
        }));
    }

    /** Saves records again at the next sweep; a save that failed. */
    void resave(Set<String> sessionIds) {
        enqueue(() -> sessionIds.forEach(id -> {
            Session session = sessions.get(id);
            if (session != null) {
                session.recordDirty = true;
            }
        }));
    }

    void detach(Connection connection, boolean endSession) {
        enqueue(() -> onDetach(connection, endSession));
    }

    void acknowledge(Connection connection, Session session, long seq) {
        enqueue(() -> {
            if (seq > session.lastS) {
                connection.close(CloseCode.INVALID_SEQ);
            } else {
                session.acknowledge(seq);
            }
        });
    }

    /** A user of this shard types: relayed to every shard unless it relayed one for the channel too recently. */
    void typing(long userId, long channelId, long communityId) {
        enqueue(() -> onTyping(userId, channelId, communityId));
    }

    /** One shard's part of a relayed typing indicator: to its users who view the channel, but the typist. */
    void deliverTyping(long userId, long channelId, long communityId, byte[] frame) {
        enqueue(() -> {
            Set<Long> audience = communityId == 0 ? subscriptions.participants(channelId)
                    : subscriptions.viewersOf(communityId, channelId);
            for (long user : audience) {
                if (user != userId) {
                    connectionsOf(user).forEach(c -> outbox.frame(c, frame));
                }
            }
        });
    }

    /** Runs a task on the shard's thread, after those queued before it. */
    void execute(Runnable task) {
        enqueue(task);
    }

    /** One shard's part of a presence change ({@link PresenceBoard#deliver}). */
    void deliverPresence(long userId, byte[] frame, List<Long> peers) {
        enqueue(() -> presence.deliver(userId, frame, peers));
    }

    /** What another node holds of some of this shard's users' presence ({@link ClusterPresence}). */
    void presenceElsewhere(String node, List<PresenceSignal.Held> held, long heardAt) {
        enqueue(() -> presence.heard(node, held, heardAt));
    }

    void presence(Connection connection, PresenceUpdate update) {
        enqueue(() -> {
            Session session = connection.session;
            if (session != null) {
                presence.update(session.userId, connection, update, clock.millis());
            }
        });
    }

    void membersChunk(Connection connection, RequestMembers request, MembersChunk chunk) {
        enqueue(() -> {
            MembersChunk answer = chunk;
            if (Boolean.TRUE.equals(request.presences()) && connection.session != null) {
                List<Long> ids = chunk.members().stream().map(m -> m.user().id())
                        .filter(id -> id != connection.session.userId).toList();
                presence.follow(connection, ids);
                answer = new MembersChunk(chunk.communityId(), chunk.members(),
                        presence.of(chunk.members().stream().map(m -> m.user().id()).toList()), chunk.notFound(),
                        chunk.next(), chunk.nonce());
            }
            outbox.frame(connection, Json.write(Envelope.of(Op.MEMBERS_CHUNK, answer)));
        });
    }

    /** Closes every connection with {@code server_restarting} and stops the shard. */
    @Override
    public void close() {
        enqueue(() -> {
            records.saveAllDetached(sessions.values(), cursor, clock.millis());
            sessions.values().forEach(s -> {
                if (s.connection != null) {
                    s.connection.close(CloseCode.SERVER_RESTARTING);
                }
            });
            running = false;
        });
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void enqueue(Runnable task) {
        tasks.add(task);
    }

    private void run() {
        List<Runnable> batch = new ArrayList<>();
        long nextSweep = clock.millis() + 1_000;
        while (running) {
            try {
                Runnable first = tasks.poll(250, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    tasks.drainTo(batch, 4_096);
                }
                for (Runnable task : batch) {
                    runSafely(task);
                }
                batch.clear();
                if (clock.millis() >= nextSweep) {
                    runSafely(this::sweep);
                    nextSweep = clock.millis() + 1_000;
                }
                outbox.flush();
            } catch (InterruptedException e) {
                return;
            }
        }
        outbox.flush();
    }

    private void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("gateway hub shard task failed", e);
        }
    }

    // ---- routing ----

    private void onRoute(LogEvent event) {
        cursor = event.position();
        subscriptions.before(event.event());
        for (Long user : subscriptions.resolve(event)) {
            List<Session> ofUser = sessionsOfUser.get(user);
            if (ofUser != null) {
                for (int i = 0; i < ofUser.size(); i++) {
                    send(ofUser.get(i), event);
                }
            }
        }
        subscriptions.after(event.event(), event.audience());
        if (event.event() instanceof MemberJoined joined) {
            presence.joined(joined.member().communityId(), joined.member().user().id());
        }
        control(event.event());
    }

    private void send(Session session, LogEvent event) {
        if (event.position() <= session.startAfter) {
            return; // already part of this session's READY
        }
        long s = session.assign(event, config.resumeMaxEvents());
        if (session.connection != null) {
            outbox.dispatch(session.connection, s, event);
        }
    }

    /** Ended login sessions and deleted accounts close their sockets (4012), after the event. */
    private void control(Event event) {
        long userId = switch (event) {
            case SessionsRevoked e -> e.userId();
            case UserDeleted e -> e.userId();
            default -> 0;
        };
        if (userId != 0) {
            List.copyOf(sessionsOf(userId)).stream().filter(session -> ends(event, session)).forEach(this::revoke);
        }
    }

    /** Whether the event ends the session: its login session revoked, or its account deleted. */
    private static boolean ends(Event event, Session session) {
        return switch (event) {
            case SessionsRevoked e -> e.userId() == session.userId
                    && e.sessionIds().contains(Long.toString(session.loginSessionId));
            case UserDeleted e -> e.userId() == session.userId;
            default -> false;
        };
    }

    private void revoke(Session session) {
        if (session.connection != null) {
            session.connection.close(CloseCode.SESSION_REVOKED);
        }
        drop(session, true);
    }

    // ---- sessions ----

    private void onIdentify(Connection connection, Caller caller, GatewayFacts.Snapshot snapshot,
                            GatewayFacts.Memberships memberships, PresenceUpdate initial, Map<Long, Instant> lastSeen) {
        if (gone(connection)) {
            return;
        }
        Session session = new Session("gw_" + HexFormat.of().formatHex(randomBytes()), caller.userId(), caller.sessionId());
        session.startAfter = snapshot.position();
        snapshot.communities().forEach(c -> hub.directory().largeness(c.community().id(), c.large()));
        if (!subscriptions.present(caller.userId())) {
            subscriptions.add(caller.userId(), memberships);
        }
        sessions.put(session.id, session);
        sessionsOfUser.computeIfAbsent(caller.userId(), u -> new ArrayList<>()).add(session);
        attach(session, connection);
        presence.connected(caller.userId(), connection, initial);
        Ready ready = new Ready(session.id, snapshot.user(), snapshot.settings(), snapshot.communities(),
                snapshot.conversations(), snapshot.readStates(), presence.visibleTo(caller.userId(), lastSeen));
        outbox.catchUpFrame(connection, Envelope.of(Op.READY, ready));
        connection.authenticated(caller);
        if (snapshot.position() < cursor) {
            backlog(session, snapshot.position());
        }
    }

    /**
     * Brings a new session up to the cursor: every event routed after its snapshot, before the
     * session existed, is applied as {@link #onRoute} applies it (the subscription changes before and
     * after it; an end of the session's login session or account closes it) but delivered to this
     * session only. Replaying the subscription changes is harmless for everyone else (each sets a
     * membership to a definite state, and the replay ends where routing stands) and brings the new
     * user's, read with the snapshot, up to the cursor.
     */
    private void backlog(Session session, long after) {
        long from = after;
        while (from < cursor) {
            List<LoggedEvent> page = facts.eventsAfter(from, CATCH_UP_PAGE);
            if (page.isEmpty()) {
                return;
            }
            for (LoggedEvent logged : page) {
                if (logged.position() > cursor) {
                    return;
                }
                LogEvent event = Hub.decode(logged);
                subscriptions.before(event.event());
                if (subscriptions.resolve(event).contains(session.userId)) {
                    send(session, event);
                }
                subscriptions.after(event.event(), event.audience());
                from = logged.position();
                if (ends(event.event(), session)) {
                    revoke(session);
                    return;
                }
            }
        }
    }

    private void onResume(Connection connection, Caller caller, String sessionId, long seq, Map<Long, Instant> lastSeen) {
        if (gone(connection)) {
            return;
        }
        Session session = sessions.get(sessionId);
        if (session == null) {
            Session expired = expiredSessions.get(sessionId);
            if (expired != null && belongsTo(expired, caller)) {
                resync(connection, Resync.WINDOW_EXPIRED);
            } else {
                hub.recover(this, connection, caller, sessionId, seq, lastSeen); // held elsewhere, or before a restart
            }
            return;
        }
        if (!belongsTo(session, caller)) {
            resync(connection, Resync.SESSION_UNKNOWN);
            return;
        }
        if (expired(session)) {
            expire(session);
            resync(connection, Resync.WINDOW_EXPIRED);
            return;
        }
        reattach(session, connection, caller, seq, lastSeen);
    }

    /**
     * A session rebuilt by {@link SessionRecovery}: installed as if it had always been here (its
     * subscriptions, and the events routed here since the recovery's replay ended), then resumed.
     * If the client is gone meanwhile, it stays installed, detached, for its next RESUME.
     */
    private void onAdopt(Connection connection, Caller caller, SessionRecovery.Outcome outcome, long seq,
                         Map<Long, Instant> lastSeen) {
        switch (outcome) {
            case SessionRecovery.Refused refused -> {
                if (!gone(connection)) {
                    resync(connection, refused.reason());
                }
            }
            case SessionRecovery.Recovered recovered -> {
                ResumeRecord record = recovered.record();
                if (sessions.containsKey(record.sessionId())) { // two RESUMEs of it, the other one first
                    onResume(connection, caller, record.sessionId(), seq, lastSeen);
                    return;
                }
                Session session = new Session(record.sessionId(), record.userId(), record.loginSessionId());
                session.lastS = recovered.lastS();
                session.sent.addAll(recovered.held());
                session.startAfter = recovered.position();
                session.recordSaved = true; // claimed for this process
                session.detachedAtMillis = clock.millis();
                if (!subscriptions.present(session.userId)) {
                    subscriptions.add(session.userId, recovered.memberships());
                }
                sessions.put(session.id, session);
                sessionsOfUser.computeIfAbsent(session.userId, u -> new ArrayList<>()).add(session);
                if (recovered.position() < cursor) {
                    backlog(session, recovered.position());
                }
                if (gone(connection)) {
                    return;
                }
                if (!sessions.containsKey(session.id)) { // its login session ended in the backlog
                    resync(connection, Resync.SESSION_UNKNOWN);
                    return;
                }
                reattach(session, connection, caller, seq, lastSeen);
            }
        }
    }

    /** RESUME of a session this shard holds: replays what the client lacks after {@code seq}, then RESUMED. */
    private void reattach(Session session, Connection connection, Caller caller, long seq, Map<Long, Instant> lastSeen) {
        if (seq > session.lastS) {
            connection.close(CloseCode.INVALID_SEQ);
            return;
        }
        if (seq < session.firstHeld() - 1) {
            if (session.connection != null) {
                session.connection.close(CloseCode.SESSION_REPLACED);
            }
            drop(session, true);
            resync(connection, Resync.TOO_MANY_EVENTS);
            return;
        }
        if (session.connection != null && session.connection != connection) {
            Connection old = session.connection;
            presence.disconnected(session.userId, old, clock.millis());
            old.session = null;
            old.close(CloseCode.SESSION_REPLACED);
        }
        attach(session, connection);
        presence.connected(session.userId, connection, null);
        int replayed = 0;
        long s = session.firstHeld();
        for (LogEvent event : session.sent) {
            if (s > seq) {
                outbox.replay(connection, s, event);
                replayed++;
            }
            s++;
        }
        outbox.catchUpFrame(connection, Envelope.of(Op.RESUMED, new Resumed(replayed, presence.visibleTo(session.userId, lastSeen))));
        connection.authenticated(caller);
    }

    /**
     * Whether a connection closed before its IDENTIFY or RESUME reached the shard. Its detach was
     * then either queued before this task (it is closing) or found no shard to go to (its channel
     * is already inactive, {@link Hub#detach}); either way it must not be attached.
     */
    private static boolean gone(Connection connection) {
        return connection.closing() || !connection.channel().isActive();
    }

    private void resync(Connection connection, String reason) {
        outbox.frame(connection, Json.write(Envelope.of(Op.RESYNC, new Resync(reason))));
        connection.resynced();
    }

    private void attach(Session session, Connection connection) {
        session.connection = connection;
        session.detachedAtMillis = 0;
        session.recordDirty = true;
        connection.session = session;
    }

    private void onDetach(Connection connection, boolean endSession) {
        Session session = connection.session;
        if (session == null || session.connection != connection) {
            return;
        }
        session.connection = null;
        session.detachedAtMillis = clock.millis();
        session.recordDirty = true;
        presence.disconnected(session.userId, connection, clock.millis());
        if (endSession) {
            drop(session, true);
        }
    }

    /**
     * Forgets a session here; {@code ended} also deletes its resume record (it may never be resumed
     * anywhere), otherwise the record is another process's now.
     */
    private void drop(Session session, boolean ended) {
        sessions.remove(session.id);
        if (ended) {
            records.ended(session);
        }
        List<Session> ofUser = sessionsOfUser.get(session.userId);
        if (ofUser != null) {
            ofUser.remove(session);
            if (ofUser.isEmpty()) {
                sessionsOfUser.remove(session.userId);
                subscriptions.remove(session.userId);
            }
        }
        if (session.connection != null) {
            presence.disconnected(session.userId, session.connection, clock.millis());
            session.connection.session = null;
            session.connection = null;
        }
    }

    private static boolean belongsTo(Session session, Caller caller) {
        return session.userId == caller.userId() && session.loginSessionId == caller.sessionId();
    }

    private boolean expired(Session session) {
        return session.connection == null
                && clock.millis() - session.detachedAtMillis > config.resumeWindow().toMillis();
    }

    private void expire(Session session) {
        drop(session, true);
        session.sent.clear();
        expiredSessions.put(session.id, session);
    }

    private void sweep() {
        for (Session session : List.copyOf(sessions.values())) {
            if (expired(session)) {
                expire(session);
            }
        }
        long now = clock.millis();
        expiredSessions.values().removeIf(s -> now - s.detachedAtMillis > 2 * config.resumeWindow().toMillis());
        presence.sweep(now);
        typing.sweep(now);
        records.save(sessions.values(), cursor, now);
    }

    private List<Session> sessionsOf(long userId) {
        return sessionsOfUser.getOrDefault(userId, List.of());
    }

    private List<Connection> connectionsOf(long userId) {
        List<Connection> connections = new ArrayList<>();
        for (Session session : sessionsOf(userId)) {
            if (session.connection != null) {
                connections.add(session.connection);
            }
        }
        return connections;
    }

    // ---- typing ----

    private void onTyping(long userId, long channelId, long communityId) {
        if (typing.allows(userId, channelId, clock.millis())) {
            hub.typingRelayed(userId, channelId, communityId, Json.write(Envelope.of(Op.TYPING_START, new Typing(channelId, userId))));
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

}
