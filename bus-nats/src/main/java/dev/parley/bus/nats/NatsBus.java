package dev.parley.bus.nats;

import dev.parley.bus.Bus;
import dev.parley.bus.Committed;
import dev.parley.bus.Listeners;
import dev.parley.bus.Notice;
import dev.parley.bus.PresenceSignal;
import dev.parley.bus.Reached;
import dev.parley.bus.Signal;
import dev.parley.bus.TypingSignal;
import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.ErrorListener;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cluster bus. A commit reaches this node's listeners whole and at once, on the publishing
 * thread (as with the in-process bus); other nodes get a doorbell on {@code <prefix>.log} whose body
 * is the log position in decimal, and read the event from the database.
 *
 * <p>NATS core subjects, not JetStream: a doorbell that is lost (NATS down, a node reconnecting)
 * costs only latency, because listeners repair from the log (the gateway hub polls the log head and
 * fills gaps), so nothing here needs to be durable. Per-publisher order holds: one connection
 * publishes in commit-notice order and one dispatcher thread delivers in arrival order. The
 * connection never gives up: it reconnects forever, and keeps trying when NATS is down at boot.
 */
public final class NatsBus implements Bus {
    private static final Logger log = LoggerFactory.getLogger(NatsBus.class);
    /** Doorbells queued while reconnecting; past this they are dropped (the log repairs). */
    private static final long RECONNECT_BUFFER_BYTES = 256 * 1024;
    private static final Duration RETRY_CONNECT = Duration.ofMillis(500);
    private static final Duration FLUSH = Duration.ofSeconds(2);

    private final NatsBusConfig config;
    private final Listeners listeners = new Listeners();
    /** Set once the first connection succeeds; jnats then keeps it and reconnects it. */
    private volatile Connection connection;
    /** Whether the last connection event was a loss, so that an outage is logged once, not per attempt. */
    private volatile boolean lost;
    private volatile boolean closed;

    private NatsBus(NatsBusConfig config) {
        this.config = config;
    }

    /**
     * Connects to NATS. When no server answers, returns anyway and keeps trying in the background, so
     * a node may boot before the bus is up; until then (and during any later outage) doorbells are not
     * sent and other nodes repair from the log.
     *
     * @throws IllegalArgumentException when the URL cannot be parsed
     */
    public static NatsBus connect(NatsBusConfig config) {
        NatsBus bus = new NatsBus(config);
        Options options;
        try {
            options = new Options.Builder()
                    .servers(config.url().split(","))
                    .connectionName("parley-" + config.nodeId())
                    .noEcho() // this node's listeners already had the commit whole
                    .maxReconnects(-1)
                    .reconnectWait(RETRY_CONNECT)
                    .reconnectBufferSize(RECONNECT_BUFFER_BYTES)
                    .connectionTimeout(Duration.ofSeconds(2))
                    .pingInterval(Duration.ofSeconds(5))
                    .connectionListener(bus::onConnectionEvent)
                    .errorListener(new QuietErrors())
                    .build();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a NATS URL: " + config.url() + " (" + e.getMessage() + ")", e);
        }
        if (!bus.tryConnect(options)) {
            log.warn("bus cannot reach NATS at {}; retrying in the background (meanwhile other nodes' events arrive "
                    + "by polling the log)", config.url());
            Thread.ofVirtual().name("parley-bus-connect").start(() -> bus.keepConnecting(options));
        }
        return bus;
    }

    /** One connection attempt; true when connected (or when it is time to stop trying). */
    private boolean tryConnect(Options options) {
        Connection link;
        try {
            link = Nats.connect(options);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
        synchronized (this) {
            if (closed) {
                closeQuietly(link);
                return true;
            }
            link.createDispatcher(this::onMessage).subscribe(config.logSubject()).subscribe(config.signalSubject());
            connection = link;
        }
        try {
            link.flush(FLUSH); // the server holds our subscription before connect returns
        } catch (TimeoutException | IllegalStateException e) {
            log.debug("NATS did not confirm the subscription yet: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    private void keepConnecting(Options options) {
        while (!closed && !tryConnect(options)) {
            try {
                Thread.sleep(RETRY_CONNECT.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void publish(Committed committed) {
        listeners.deliver(committed);
        Connection link = connection;
        if (link == null) {
            return; // never connected yet: other nodes repair from the log
        }
        try {
            link.publish(config.logSubject(), Long.toString(committed.position()).getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalStateException e) {
            // Closed, or the reconnect buffer is full: other nodes repair from the log.
            log.debug("doorbell for log position {} not sent: {}", committed.position(), e.getMessage());
        }
    }

    /**
     * Signals travel on {@code <prefix>.signal} as text: typing as {@code typing <user> <channel>
     * <community>}; presence as {@code presence <node> <ask 0|1>} followed by one
     * {@code <user>,<chosen>,<chosen at>,<active 0|1>,<ended at>} per user, space-separated (about
     * 50 bytes a user: senders keep a signal to a few thousand users, far below NATS's 1 MiB).
     */
    @Override
    public void signal(Signal signal) {
        Connection link = connection;
        if (link == null) {
            return;
        }
        String body = switch (signal) {
            case TypingSignal t -> "typing " + t.userId() + " " + t.channelId() + " " + t.communityId();
            case PresenceSignal p -> encode(p);
        };
        try {
            link.publish(config.signalSubject(), body.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalStateException e) {
            log.debug("signal not sent: {}", e.getMessage());
        }
    }

    @Override
    public Subscription subscribe(Consumer<Notice> listener) {
        return listeners.add(listener);
    }

    /** Whether the bus is connected to a NATS server now. */
    public boolean connected() {
        Connection link = connection;
        return link != null && link.getStatus() == Connection.Status.CONNECTED;
    }

    @Override
    public void close() {
        listeners.clear();
        Connection link;
        synchronized (this) {
            closed = true; // also stops the background connect attempts
            link = connection;
        }
        if (link != null) {
            closeQuietly(link);
        }
    }

    private static void closeQuietly(Connection link) {
        try {
            link.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void onMessage(Message message) {
        String body = new String(message.getData(), StandardCharsets.US_ASCII);
        try {
            listeners.deliver(message.getSubject().equals(config.logSubject())
                    ? new Reached(Long.parseLong(body))
                    : parseSignal(body));
        } catch (IllegalArgumentException e) {
            log.warn("ignored a malformed message on {}", message.getSubject());
        }
    }

    private static Signal parseSignal(String body) {
        String[] parts = body.split(" ");
        if (parts.length == 4 && parts[0].equals("typing")) {
            return new TypingSignal(Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]));
        }
        if (parts.length >= 3 && parts[0].equals("presence") && (parts[2].equals("0") || parts[2].equals("1"))) {
            List<PresenceSignal.Held> users = new ArrayList<>(parts.length - 3);
            for (int i = 3; i < parts.length; i++) {
                String[] f = parts[i].split(",");
                if (f.length != 5) {
                    throw new IllegalArgumentException("not a presence entry");
                }
                users.add(new PresenceSignal.Held(Long.parseLong(f[0]), f[1], Long.parseLong(f[2]), f[3].equals("1"),
                        Long.parseLong(f[4])));
            }
            return new PresenceSignal(parts[1], parts[2].equals("1"), users);
        }
        throw new IllegalArgumentException("not a signal");
    }

    private static String encode(PresenceSignal p) {
        StringBuilder body = new StringBuilder(24 + 50 * p.users().size())
                .append("presence ").append(p.node()).append(p.ask() ? " 1" : " 0");
        for (PresenceSignal.Held h : p.users()) {
            body.append(' ').append(h.userId()).append(',').append(h.chosen()).append(',').append(h.chosenAtMillis())
                    .append(',').append(h.active() ? '1' : '0').append(',').append(h.endedAtMillis());
        }
        return body.toString();
    }

    private void onConnectionEvent(Connection link, ConnectionListener.Events event) {
        switch (event) {
            case CONNECTED -> {
                lost = false;
                log.info("bus connected to NATS at {}", link.getConnectedUrl());
            }
            case RECONNECTED -> {
                lost = false;
                log.info("bus reconnected to NATS at {}", link.getConnectedUrl());
            }
            case DISCONNECTED -> {
                if (!lost) {
                    lost = true;
                    log.warn("bus lost NATS; reconnecting (meanwhile other nodes' events arrive by polling the log)");
                }
            }
            default -> log.debug("NATS connection event {}", event);
        }
    }

    /** jnats reports every failed reconnect attempt as an exception; the outage is already logged once. */
    private static final class QuietErrors implements ErrorListener {
        @Override
        public void errorOccurred(Connection link, String error) {
            log.warn("NATS reported: {}", error);
        }

        @Override
        public void exceptionOccurred(Connection link, Exception e) {
            log.debug("NATS connection: {}", e.toString());
        }

        @Override
        public void slowConsumerDetected(Connection link, io.nats.client.Consumer consumer) {
            log.warn("this node reads doorbells too slowly; NATS dropped some (the log repairs them)");
        }
    }
}
