package dev.parley.gateway;

import dev.parley.bus.PresenceSignal;
import dev.parley.bus.Signal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Presence across the nodes of a cluster (gateway.md §11, cluster note): tells the other nodes
 * what this node holds of its users' presence, and hands what they hold to the user's shard,
 * whose {@link PresenceBoard} merges it. Nothing of it runs on a single node.
 *
 * <p>What a node holds of a user ({@link PresenceSignal.Held}) goes out within {@link #FLUSH}
 * after it changes, many users to a signal, and again for every user it holds every
 * {@code refresh}; a node drops what another has not repeated within three refreshes (the
 * time to live), so the users of a node that died, or lost the bus for that long, stop counting.
 * A node that starts asks the others to send everything at once; a node whose bus connection
 * comes back waits for their next refresh. The refresh is also how nodes know who is alive: the
 * live node with the lowest id stores the last-seen time of users whose node stopped signalling.
 */
final class ClusterPresence implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ClusterPresence.class);
    /** How soon a change goes out: changes within it share a signal. */
    static final Duration FLUSH = Duration.ofMillis(100);
    /** Users per signal: about 50 bytes each on NATS, far below its 1 MiB payload limit. */
    static final int USERS_PER_SIGNAL = 2_000;
    /** The time to live of what a node said, in refresh intervals. */
    static final int TTL_REFRESHES = 3;

    private final Hub hub;
    private final PresenceDirectory directory;
    private final Consumer<Signal> otherNodes;
    private final InstantSource clock;
    private final Duration refresh;
    /** This node's id for this run, random so that a restarted node is a new one. */
    private final String node = HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
    /** Other nodes, by when this node last heard from them. */
    private final Map<String, Long> nodesHeard = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("parley-gateway-presence").daemon().factory());

    ClusterPresence(Hub hub, Consumer<Signal> otherNodes, InstantSource clock, Duration refresh) {
        if (refresh.isNegative() || refresh.isZero()) {
            throw new IllegalArgumentException("the presence refresh must be positive");
        }
        this.hub = hub;
        this.directory = hub.directory();
        this.otherNodes = otherNodes;
        this.clock = clock;
        this.refresh = refresh;
        directory.clustered(TTL_REFRESHES * refresh.toMillis());
    }

    /** Asks the other nodes for what they hold, then sends changes and refreshes until closed. */
    void start() {
        timer.execute(() -> send(List.of(), true));
        timer.scheduleWithFixedDelay(this::flush, FLUSH.toMillis(), FLUSH.toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::refresh, refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** What another node holds (from the bus): each user's part to the user's shard; an ask is answered with everything. */
    void heard(PresenceSignal signal) {
        long now = clock.millis();
        nodesHeard.put(signal.node(), now);
        Map<Shard, List<PresenceSignal.Held>> byShard = new IdentityHashMap<>();
        for (PresenceSignal.Held held : signal.users()) {
            byShard.computeIfAbsent(hub.shardOf(held.userId()), s -> new ArrayList<>()).add(held);
        }
        byShard.forEach((shard, held) -> shard.presenceElsewhere(signal.node(), held, now));
        if (signal.ask()) {
            timer.execute(this::refresh);
        }
    }

    /** Sends what changed since the last flush. */
    private void flush() {
        try {
            List<PresenceSignal.Held> changed = new ArrayList<>();
            for (long user : directory.takeUnsent()) {
                PresenceBoard.State state = directory.users.get(user);
                PresenceSignal.Held held = state == null ? null : state.local;
                if (held != null) {
                    changed.add(held); // what the node holds now (it may have changed again since it was named)
                }
            }
            if (!changed.isEmpty()) {
                send(changed, false);
            }
        } catch (RuntimeException e) {
            log.warn("could not tell other nodes of presence changes", e);
        }
    }

    /**
     * Sends everything this node holds (an empty signal when nothing, which still says the node is
     * alive), and decides whether this node is the live one with the lowest id.
     */
    private void refresh() {
        try {
            long now = clock.millis();
            long ttl = TTL_REFRESHES * refresh.toMillis();
            nodesHeard.values().removeIf(heard -> now - heard >= ttl);
            // a node silent for two refreshes is taken for dead already, so that its parts expire after the decision
            directory.storesExpired(nodesHeard.entrySet().stream()
                    .filter(e -> now - e.getValue() < 2 * refresh.toMillis())
                    .allMatch(e -> node.compareTo(e.getKey()) < 0));
            List<PresenceSignal.Held> all = new ArrayList<>();
            for (PresenceBoard.State state : directory.users.values()) {
                PresenceSignal.Held held = state.local;
                if (held != null) {
                    all.add(held);
                }
            }
            send(all, false);
        } catch (RuntimeException e) {
            log.warn("could not refresh this node's presence on other nodes", e);
        }
    }

    private void send(List<PresenceSignal.Held> users, boolean ask) {
        if (users.isEmpty()) {
            otherNodes.accept(new PresenceSignal(node, ask, List.of()));
        }
        for (int from = 0; from < users.size(); from += USERS_PER_SIGNAL) {
            otherNodes.accept(new PresenceSignal(node, ask, users.subList(from, Math.min(users.size(), from + USERS_PER_SIGNAL))));
        }
    }

    /** Stops signalling; the other nodes drop this node's parts after their grace or time to live. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
