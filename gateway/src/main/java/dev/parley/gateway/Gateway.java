package dev.parley.gateway;

import dev.parley.bus.Bus;
import dev.parley.bus.Committed;
import dev.parley.bus.PresenceSignal;
import dev.parley.bus.Reached;
import dev.parley.bus.TypingSignal;
import dev.parley.core.Caller;
import dev.parley.core.Failure;
import dev.parley.protocol.gateway.Identify;
import dev.parley.protocol.gateway.Resume;
import io.netty.channel.EventLoop;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.time.InstantSource;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's gateway: the Netty server, the hub, and the bus subscription that feeds it. Start
 * with {@link #start()}; {@link #close()} closes every connection with {@code server_restarting}.
 */
public final class Gateway implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Gateway.class);
    /**
     * How often the gateway reads the log head to catch commits whose bus notice never came (NATS
     * down, a node reconnecting, a doorbell dropped): the bound on how late such an event is.
     */
    static final Duration LOG_POLL_INTERVAL = Duration.ofSeconds(1);

    private final GatewayConfig config;
    private final GatewayFacts facts;
    private final InstantSource clock;
    private final Hub hub;
    /** Presence across nodes; null on a single node. */
    private final ClusterPresence cluster;
    private final Bus bus;
    private final ExecutorService blocking = Executors.newVirtualThreadPerTaskExecutor();
    private final GatewayServer server;
    private Bus.Subscription subscription;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ScheduledExecutorService logPoll = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("parley-gateway-log-poll").daemon().factory());

    /** A single node's gateway: the bus reaches no other node. */
    public Gateway(GatewayConfig config, GatewayFacts facts, Bus bus, InstantSource clock) {
        this(config, facts, bus, clock, Duration.ZERO);
    }

    /**
     * @param presenceRefresh in a cluster, how often this node repeats to the others the presence
     *                        of every user it holds (they drop it after three times that,
     *                        {@link ClusterPresence}); zero on a single node
     */
    public Gateway(GatewayConfig config, GatewayFacts facts, Bus bus, InstantSource clock, Duration presenceRefresh) {
        this.config = config;
        this.facts = facts;
        this.clock = clock;
        this.bus = bus;
        this.hub = new Hub(config, facts, clock, bus::signal);
        this.cluster = presenceRefresh.isZero() ? null : new ClusterPresence(hub, bus::signal, clock, presenceRefresh);
        this.server = new GatewayServer(this);
    }

    /** Subscribes to the bus, starts the hub and listens; returns the bound port. */
    public int start() {
        subscription = bus.subscribe(notice -> {
            switch (notice) {
                case Committed committed -> hub.publish(committed);
                case Reached reached -> hub.reached(reached.position());
                case TypingSignal typing -> hub.typingElsewhere(typing.userId(), typing.channelId(), typing.communityId());
                case PresenceSignal presence -> {
                    if (cluster != null) {
                        cluster.heard(presence);
                    }
                }
            }
        });
        hub.start();
        if (cluster != null) {
            cluster.start();
        }
        logPoll.scheduleWithFixedDelay(this::pollLogHead, LOG_POLL_INTERVAL.toMillis(), LOG_POLL_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
        return server.start();
    }

    /** Reads the head off the hub thread; the hub routes up to it if it is behind (a no-op otherwise). */
    private void pollLogHead() {
        try {
            long head = facts.head();
            if (head > 0) {
                hub.reached(head);
            }
        } catch (RuntimeException e) {
            log.warn("could not read the event log head (retrying in {})", LOG_POLL_INTERVAL, e);
        }
    }

    /** Stops the gateway; idempotent. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        if (cluster != null) {
            cluster.close();
        }
        logPoll.shutdownNow();
        if (subscription != null) {
            subscription.close();
        }
        hub.close();
        server.close();
        blocking.shutdown();
    }

    GatewayConfig config() {
        return config;
    }

    GatewayFacts facts() {
        return facts;
    }

    InstantSource clock() {
        return clock;
    }

    Hub hub() {
        return hub;
    }

    /** The place of a connection's event loop among the gateway's loops ({@link GatewayServer#loopIndex}). */
    int loopIndex(EventLoop loop) {
        return server.loopIndex(loop);
    }

    /** Runs blocking work (database, hashing) off the event loops. */
    void offload(Runnable work) {
        blocking.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("gateway task failed", e);
            }
        });
    }

    /**
     * IDENTIFY, on a blocking thread: the token and the snapshot (one transaction), the memberships
     * the snapshot shows, and the stored last-seen times of DM and group peers; then the hub
     * attaches, and brings subscriptions read at the snapshot's position up to its own.
     *
     * @throws Failure when the token or its login session is not valid
     */
    void identify(Connection connection, String token, String ip, Identify identify) {
        GatewayFacts.Identified identified = facts.identify(token, ip);
        Caller caller = identified.caller();
        GatewayFacts.Memberships memberships = GatewayFacts.Memberships.of(identified.snapshot());
        hub.identify(connection, caller, identified.snapshot(), memberships, identify.presence(),
                facts.lastSeen(conversationPeers(memberships)));
    }

    /** RESUME after the token checked out: RESUMED lists presences as READY does (§11), so it loads the same last-seen times. */
    void resume(Connection connection, Caller caller, Resume resume) {
        Map<Long, Instant> lastSeen;
        try {
            lastSeen = facts.lastSeen(conversationPeers(facts.memberships(caller.userId())));
        } catch (Failure f) {
            lastSeen = Map.of();
        }
        hub.resume(connection, caller, resume.sessionId(), resume.seq(), lastSeen);
    }

    private static Set<Long> conversationPeers(GatewayFacts.Memberships memberships) {
        Set<Long> peers = new HashSet<>();
        memberships.conversations().values().forEach(peers::addAll);
        return peers;
    }
}
