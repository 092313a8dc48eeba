package dev.parley.gateway;

import dev.parley.bus.Audience;
import dev.parley.bus.Committed;
import dev.parley.bus.Signal;
import dev.parley.bus.TypingSignal;
import dev.parley.core.Caller;
import dev.parley.core.Mutations;
import dev.parley.core.json.Json;
import dev.parley.protocol.event.Event;
import dev.parley.protocol.gateway.Envelope;
import dev.parley.protocol.gateway.MembersChunk;
import dev.parley.protocol.gateway.Op;
import dev.parley.protocol.gateway.PresenceUpdate;
import dev.parley.protocol.gateway.RequestMembers;
import dev.parley.protocol.gateway.Resync;
import dev.parley.protocol.gateway.Typing;
import dev.parley.store.event.LoggedEvent;
import dev.parley.store.gateway.ResumeRecord;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fan-out hub: a router and {@code n} {@link Shard}s. Each user belongs to one shard
 * ({@link #shardOf}, a hash of the user id), which owns all of that user's sessions.
 *
 * <p>The router is one thread that puts committed events in event-log order and hands each, once
 * decoded and with its payload encoded once, to every shard. The bus may deliver commits out of
 * order or not at all (it is a doorbell): the router keeps a cursor, the last log position routed,
 * passes on a commit that is next in line at once and reads the log from the database to fill any
 * gap or to reach a position another node committed ({@link #reached}), so every shard sees every
 * event in log order without holes.
 *
 * <p>Everything about one connection (identify, resume, heartbeats, presence, typing, member
 * requests, detach) goes to its user's shard, through the router's queue: so an op reaches the
 * shard after every event published before it, as with a single hub (a client that sees its own
 * op answered has been sent every event committed before it sent the op). Presence changes and
 * typing relays are then spread to every shard, which delivers them to its own users.
 */
final class Hub implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Hub.class);
    private static final int CATCH_UP_PAGE = 1_000;

    private final GatewayFacts facts;
    private final Shard[] shards;
    private final PresenceDirectory directory = new PresenceDirectory();
    /** Commits to route and connection ops to forward, in arrival order. */
    private final LinkedBlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
    private final Thread router;
    /** Stores last-seen times in order, one at a time, off the shard threads. */
    private final ExecutorService lastSeenWriter = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("parley-gateway-last-seen").factory());
    /**
     * Writes resume records and deletes ended ones, one batch at a time, off the shard threads;
     * also runs recoveries' database work (virtual threads: a recovery waits on reads).
     */
    private final ExecutorService recordWriter = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("parley-gateway-resume-records").factory());
    private final ExecutorService recoveries = Executors.newVirtualThreadPerTaskExecutor();
    /** This process's id as the owner of resume records: unique per start, so a restarted node claims its old records like any other. */
    private final String owner;
    private final SessionRecovery recovery;
    private final InstantSource clock;
    /** Tells other nodes what they must relay and nobody stores (typing). */
    private final Consumer<Signal> otherNodes;
    private volatile boolean running = true;
    private long cursor;

    Hub(GatewayConfig config, GatewayFacts facts, InstantSource clock, Consumer<Signal> otherNodes) {
        this.facts = facts;
        this.clock = clock;
        this.otherNodes = otherNodes;
        byte[] id = new byte[6];
        new SecureRandom().nextBytes(id);
        this.owner = "gw-" + HexFormat.of().formatHex(id);
        this.recovery = new SessionRecovery(facts, config, owner);
        this.cursor = facts.head();
        this.shards = new Shard[config.shards()];
        for (int i = 0; i < shards.length; i++) {
            shards[i] = new Shard(i, this, config, facts, clock, directory, lastSeenWriter, cursor);
        }
        this.router = Thread.ofPlatform().name("parley-gateway-router").daemon().unstarted(this::run);
    }

    void start() {
        for (Shard shard : shards) {
            shard.start();
        }
        router.start();
    }

    /** The shard that owns a user's sessions: a mix of the id's bits (ids are time-ordered, so their low bits are not spread). */
    Shard shardOf(long userId) {
        return shards[shardIndexOf(userId)];
    }

    /** The index of {@link #shardOf}. */
    int shardIndexOf(long userId) {
        long mixed = userId * 0x9E3779B97F4A7C15L;
        return (int) Long.remainderUnsigned(mixed ^ (mixed >>> 32), shards.length);
    }

    PresenceDirectory directory() {
        return directory;
    }

    /** This process's id as the owner of resume records. */
    String owner() {
        return owner;
    }

    // ---- entry points ----

    void publish(Committed committed) {
        inbox.add(() -> onCommitted(committed));
    }

    /** Another node committed up to {@code position}: route the log up to there. */
    void reached(long position) {
        inbox.add(() -> {
            if (position > cursor) {
                catchUp(position);
            }
        });
    }

    void identify(Connection connection, Caller caller, GatewayFacts.Snapshot snapshot,
                  GatewayFacts.Memberships memberships, PresenceUpdate initial, Map<Long, Instant> lastSeen) {
        Shard shard = shardOf(caller.userId());
        connection.shard = shard;
        inbox.add(() -> shard.identify(connection, caller, snapshot, memberships, initial, lastSeen));
    }

    void resume(Connection connection, Caller caller, String sessionId, long seq, Map<Long, Instant> lastSeen) {
        Shard shard = shardOf(caller.userId());
        connection.shard = shard;
        inbox.add(() -> shard.resume(connection, caller, sessionId, seq, lastSeen));
    }

    /**
     * RESUME of a session no shard here holds: rebuilt from its record off the hub threads, then
     * handed back to the shard through the router, like any op.
     */
    void recover(Shard shard, Connection connection, Caller caller, String sessionId, long seq, Map<Long, Instant> lastSeen) {
        recoveries.execute(() -> {
            SessionRecovery.Outcome outcome;
            try {
                outcome = recovery.recover(caller, sessionId, seq, clock.instant());
            } catch (RuntimeException e) {
                log.warn("could not recover gateway session {}; it resyncs", sessionId, e);
                outcome = new SessionRecovery.Refused(Resync.STATE_LOST);
            }
            SessionRecovery.Outcome result = outcome;
            inbox.add(() -> shard.adopt(connection, caller, result, seq, lastSeen));
        });
    }

    /**
     * From a shard's sweep: saves its changed records and deletes its ended ones, in order. Records
     * another process took over are reported back as {@link Shard#lost}; a failed write is retried
     * at the next sweep.
     */
    void saveRecords(Shard shard, List<ResumeRecord> records, List<String> ended) {
        recordWriter.execute(() -> {
            try {
                Set<String> refused = facts.saveResumeRecords(records);
                if (!refused.isEmpty()) {
                    shard.lost(refused);
                }
                facts.deleteResumeRecords(ended, owner);
            } catch (RuntimeException e) {
                log.warn("could not save {} gateway resume records (retrying)", records.size(), e);
                Set<String> ids = new HashSet<>();
                records.forEach(r -> ids.add(r.sessionId()));
                shard.resave(ids);
            }
        });
    }

    /** A connection closed; nothing to do unless an IDENTIFY or RESUME gave it a shard. */
    void detach(Connection connection, boolean endSession) {
        Shard shard = connection.shard;
        if (shard != null) {
            inbox.add(() -> shard.detach(connection, endSession));
        }
    }

    void acknowledge(Connection connection, Session session, long seq) {
        Shard shard = connection.shard;
        inbox.add(() -> shard.acknowledge(connection, session, seq));
    }

    void typing(long userId, long channelId, long communityId) {
        Shard shard = shardOf(userId);
        inbox.add(() -> shard.typing(userId, channelId, communityId));
    }

    void presence(Connection connection, PresenceUpdate update) {
        Shard shard = connection.shard;
        inbox.add(() -> shard.presence(connection, update));
    }

    void membersChunk(Connection connection, RequestMembers request, MembersChunk chunk) {
        Shard shard = connection.shard;
        inbox.add(() -> shard.membersChunk(connection, request, chunk));
    }

    /**
     * Returns once every shard has handled everything handed to the hub before the call (and what
     * that made it hand to other shards before it got here): a barrier across shards, for tests and
     * orderly stops.
     *
     * @throws IllegalStateException when the shards did not get there within {@code timeout}
     */
    void sync(Duration timeout) {
        CountDownLatch done = new CountDownLatch(shards.length);
        inbox.add(() -> {
            for (Shard shard : shards) {
                shard.execute(done::countDown);
            }
        });
        try {
            if (!done.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("hub shards did not sync within " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * From the typist's shard (checked and throttled there): every shard of this node relays the
     * frame to its users who view the channel, and other nodes are told to do the same.
     */
    void typingRelayed(long userId, long channelId, long communityId, byte[] frame) {
        for (Shard shard : shards) {
            shard.deliverTyping(userId, channelId, communityId, frame);
        }
        otherNodes.accept(new TypingSignal(userId, channelId, communityId));
    }

    /** A user connected to another node types (checked and throttled there): relay to this node's viewers. */
    void typingElsewhere(long userId, long channelId, long communityId) {
        byte[] frame = Json.write(Envelope.of(Op.TYPING_START, new Typing(channelId, userId)));
        for (Shard shard : shards) {
            shard.deliverTyping(userId, channelId, communityId, frame);
        }
    }

    /** From the user's shard ({@link PresenceBoard.Spread}): each shard gets the frame and its own users among the peers. */
    void presenceChanged(long userId, byte[] frame, Set<Long> peers) {
        List<List<Long>> byShard = new ArrayList<>(shards.length);
        for (int i = 0; i < shards.length; i++) {
            byShard.add(new ArrayList<>());
        }
        for (long peer : peers) {
            byShard.get(shardIndexOf(peer)).add(peer);
        }
        for (int i = 0; i < shards.length; i++) {
            shards[i].deliverPresence(userId, frame, byShard.get(i));
        }
    }

    /** Stops routing, closes every connection with {@code server_restarting} and stops the shards. */
    @Override
    public void close() {
        running = false;
        router.interrupt();
        try {
            router.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        recoveries.shutdownNow();
        for (Shard shard : shards) {
            shard.close();
        }
        recordWriter.shutdown();
        try {
            recordWriter.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lastSeenWriter.shutdown();
        try {
            lastSeenWriter.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the router ----

    private void run() {
        List<Runnable> batch = new ArrayList<>();
        while (running) {
            try {
                batch.add(inbox.take());
                inbox.drainTo(batch, 4_096);
            } catch (InterruptedException e) {
                return;
            }
            for (Runnable task : batch) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("gateway router task failed", e);
                }
            }
            batch.clear();
        }
    }

    private void onCommitted(Committed committed) {
        if (committed.position() <= cursor) {
            return; // already routed, read from the log while filling a gap
        }
        if (committed.position() == cursor + 1) {
            pass(new LogEvent(committed.position(), committed.dispatch().audience(), committed.dispatch().event(),
                    Mutations.type(committed.dispatch().event()), committed.payload()));
        } else {
            catchUp(committed.position());
        }
    }

    /** Reads and routes the log from the cursor up to at least {@code target}. */
    private void catchUp(long target) {
        while (cursor < target) {
            List<LoggedEvent> page = facts.eventsAfter(cursor, CATCH_UP_PAGE);
            if (page.isEmpty()) {
                log.warn("event log ends at {} but position {} was published", cursor, target);
                return;
            }
            page.forEach(e -> pass(decode(e)));
        }
    }

    private void pass(LogEvent event) {
        cursor = event.position();
        for (Shard shard : shards) {
            shard.route(event);
        }
    }

    static LogEvent decode(LoggedEvent e) {
        Event event = Json.mapper().readValue(e.payload(), Event.class);
        return new LogEvent(e.position(), Audience.decode(e.audience()), event, e.type(), e.payload());
    }
}
