package dev.parley.bench.gateway;

import dev.parley.bench.Latencies;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * A load-generator process: holds up to a few thousand gateway clients bound to one source
 * address, and obeys {@link GatewayLoad} line by line on standard input, answering on standard
 * output with lines that start with {@code @}. One process stays well under the 20,000 open
 * files a process may have here; several of them, each on its own 127.0.0.x, make up the load.
 *
 * <pre>
 * CONNECT from to            open roster clients [from, to), identified       → @CONNECTED ok failed seconds retries
 *                            (each at its gateway, {@link GatewaySpread})
 * SENDERS index count        open count extra sending connections as roster client index → @CONNECTED ...
 * FANOUT window              senders send to the fan-out channel, window messages in flight
 * LATENCY rate               send rate msgs/s, each from a random member of one of this process's latency groups
 * HANDSHAKE from to parallel loop connect → HELLO → IDENTIFY → READY → close over clients [from, to)
 * MEASURE                    zero the counters and start the window                 → @MEASURING
 * REPORT file                end the window, write latency samples to file          → @REPORT k=v ...
 * STOP                       stop sending and handshaking                            → @STOPPED
 * CLOSEALL                   close every client with 1000                            → @CLOSED remaining
 * </pre>
 *
 * Arguments: gateway URLs ({@link GatewaySpread#parse}: which client opens which), source address,
 * roster ({@link Roster#parse}), event-loop threads.
 */
public final class LoadWorker implements GatewayConnection.Events {
    /** Times a client whose handshake failed tries again while connecting (not in the handshake scenario). */
    private static final int CONNECT_RETRIES = 3;

    private final GatewayClients clients;
    private final GatewaySpread gateways;
    private final Roster roster;
    private final Set<GatewayConnection> open = ConcurrentHashMap.newKeySet();
    private final Map<GatewayConnection, CompletableFuture<Boolean>> pending = new ConcurrentHashMap<>();

    private volatile boolean measuring;
    private volatile boolean recordLatency;
    private long measureStart;
    private final LongAdder deliveries = new LongAdder();
    private final LongAdder sent = new LongAdder();
    private final LongAdder acked = new LongAdder();
    private final LongAdder handshakes = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final Map<Integer, LongAdder> closes = new ConcurrentHashMap<>();
    private final List<Latencies> allSamples = Collections.synchronizedList(new ArrayList<>());
    private final ThreadLocal<Latencies> samples = ThreadLocal.withInitial(() -> {
        Latencies s = new Latencies();
        allSamples.add(s);
        return s;
    });

    private final List<GatewayConnection> senders = new ArrayList<>();
    private int window;
    private int inflight;
    private long nextSender;
    private volatile boolean sending;
    private volatile boolean handshaking;
    private Thread latencyThread;
    private final AtomicInteger errorLines = new AtomicInteger();
    /** Makes client_msg_ids unique across workers, rates and runs: Parley keeps them (idempotency). */
    private final String run = Long.toString(ThreadLocalRandom.current().nextLong() >>> 12, 36);
    private final java.util.concurrent.atomic.AtomicLong msgIds = new java.util.concurrent.atomic.AtomicLong();

    private LoadWorker(GatewayClients clients, GatewaySpread gateways, Roster roster) {
        this.clients = clients;
        this.gateways = gateways;
        this.roster = roster;
    }

    public static void main(String[] args) throws Exception {
        GatewaySpread gateways = GatewaySpread.parse(args[0]);
        Roster roster = Roster.parse(args[2]);
        try (GatewayClients clients = new GatewayClients(args[1], Integer.parseInt(args[3]))) {
            new LoadWorker(clients, gateways, roster).serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        }
        System.exit(0);
    }

    private void serve(BufferedReader in) throws Exception {
        for (String line; (line = in.readLine()) != null; ) {
            String[] a = line.strip().split(" ");
            switch (a[0]) {
                case "CONNECT" -> connect(Integer.parseInt(a[1]), Integer.parseInt(a[2]));
                case "SENDERS" -> senders(Integer.parseInt(a[1]), Integer.parseInt(a[2]));
                case "FANOUT" -> fanout(Integer.parseInt(a[1]));
                case "LATENCY" -> latency(Double.parseDouble(a[1]));
                case "HANDSHAKE" -> handshake(Integer.parseInt(a[1]), Integer.parseInt(a[2]), Integer.parseInt(a[3]));
                case "MEASURE" -> measure();
                case "REPORT" -> report(Path.of(a[1]));
                case "STOP" -> stop();
                case "CLOSEALL" -> closeAll();
                case "QUIT" -> {
                    return;
                }
                default -> reply("@ERROR unknown command " + line);
            }
        }
    }

    private static synchronized void reply(String line) {
        System.out.println(line);
        System.out.flush();
    }

    // ---- connecting

    /** Connects and identifies one client at {@code gateway}; completes true on READY, false on any failure. */
    private CompletableFuture<Boolean> open(int index, String tag, boolean sender, URI gateway) {
        GatewayConnection c = new GatewayConnection(index, roster.get(index), tag, sender, this);
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        pending.put(c, done);
        clients.connect(c, gateway).addListener(f -> {
            if (!f.isSuccess()) {
                pending.remove(c);
                count(closes, -2); // -2: the TCP connection or the upgrade failed
                done.complete(false);
            }
        });
        return done.completeOnTimeout(false, 60, TimeUnit.SECONDS);
    }

    private void connect(int from, int to) throws InterruptedException {
        connectAll(from, to, false, 1);
    }

    private void senders(int index, int count) throws InterruptedException {
        connectAll(index, index + count, true, 0);
    }

    /**
     * Opens clients [from, to) (or {@code to - from} senders as client {@code from}), 256 handshakes
     * at a time. A client whose handshake fails tries again after a second, up to
     * {@link #CONNECT_RETRIES} times, as a real client reconnects: a gateway that answers an
     * identify storm by closing some (its database pool busy past its timeout on a loaded machine)
     * still gets every client, and the answer says how many retries it took.
     */
    private void connectAll(int from, int to, boolean asSenders, int step) throws InterruptedException {
        long t0 = System.nanoTime();
        Semaphore inFlight = new Semaphore(256);
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        LongAdder retried = new LongAdder();
        for (int i = from; i < to; i++) {
            inFlight.acquire();
            int index = from + (i - from) * step;
            String tag = asSenders ? "s" + (i - from) : "c" + i;
            URI gateway = asSenders ? gateways.forSender(i - from) : gateways.forClient(index);
            openRetrying(index, tag, asSenders, gateway, CONNECT_RETRIES, retried).whenComplete((ready, e) -> {
                (Boolean.TRUE.equals(ready) ? ok : failed).increment();
                inFlight.release();
            });
        }
        inFlight.acquire(256);
        if (asSenders) {
            open.stream().filter(c -> c.sender).forEach(senders::add);
        }
        reply("@CONNECTED %d %d %.2f %d".formatted(ok.sum(), failed.sum(), (System.nanoTime() - t0) / 1e9, retried.sum()));
    }

    private CompletableFuture<Boolean> openRetrying(int index, String tag, boolean sender, URI gateway, int retries,
                                                    LongAdder retried) {
        return open(index, tag, sender, gateway).thenCompose(ready -> {
            if (ready || retries == 0) {
                return CompletableFuture.completedFuture(ready);
            }
            retried.increment();
            return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS))
                    .thenCompose(x -> openRetrying(index, tag, sender, gateway, retries - 1, retried));
        });
    }

    // ---- scenarios

    private void fanout(int window) {
        synchronized (this) {
            this.window = window;
            this.sending = true;
        }
        pump();
    }

    /** Keeps {@code window} fan-out messages in flight; a message lands when its sender gets it back. */
    private synchronized void pump() {
        while (sending && inflight < window && !senders.isEmpty()) {
            GatewayConnection s = senders.get((int) (nextSender++ % senders.size()));
            inflight++;
            sent.increment();
            s.send(Wire.sendMessage(s.who.fanoutChannel(), System.nanoTime(), s.tag, clientMsgId()));
        }
    }

    private String clientMsgId() {
        return run + "-" + msgIds.incrementAndGet();
    }

    private void latency(double rate) {
        Map<String, List<GatewayConnection>> groups = new LinkedHashMap<>();
        new TreeMap<Integer, GatewayConnection>(open.stream().filter(c -> !c.sender)
                .collect(java.util.stream.Collectors.toMap(c -> c.index, c -> c))).values()
                .forEach(c -> groups.computeIfAbsent(c.who.latencyChannel(), k -> new ArrayList<>()).add(c));
        List<List<GatewayConnection>> list = new ArrayList<>(groups.values());
        recordLatency = true;
        sending = true;
        // Open loop: messages go out on schedule whether or not earlier ones arrived.
        latencyThread = Thread.ofPlatform().name("latency-sender").start(() -> {
            long start = System.nanoTime();
            long n = 0;
            while (sending) {
                long due = (long) ((System.nanoTime() - start) / 1e9 * rate);
                for (; n < due; n++) {
                    List<GatewayConnection> group = list.get((int) (n % list.size()));
                    GatewayConnection m = group.get(ThreadLocalRandom.current().nextInt(group.size()));
                    sent.increment();
                    m.send(Wire.sendMessage(m.who.latencyChannel(), System.nanoTime(), m.tag, clientMsgId()));
                }
                LockSupport.parkNanos(200_000);
            }
        });
        reply("@SENDING %d groups".formatted(list.size()));
    }

    private void handshake(int from, int to, int parallel) {
        handshaking = true;
        AtomicInteger next = new AtomicInteger();
        for (int p = 0; p < parallel; p++) {
            handshakeLoop(from, to, next);
        }
        reply("@HANDSHAKING");
    }

    private void handshakeLoop(int from, int to, AtomicInteger next) {
        if (!handshaking) {
            return;
        }
        int index = from + Math.floorMod(next.getAndIncrement(), to - from);
        long t0 = System.nanoTime();
        open(index, "h" + index, false, gateways.forClient(index)).whenComplete((ready, e) -> {
            if (Boolean.TRUE.equals(ready)) {
                if (measuring) {
                    handshakes.increment();
                    samples.get().add(System.nanoTime() - t0);
                }
                open.stream().filter(c -> c.index == index && c.tag.equals("h" + index)).findAny()
                        .ifPresent(GatewayConnection::close);
            }
            handshakeLoop(from, to, next);
        });
    }

    // ---- measuring

    private void measure() {
        deliveries.reset();
        sent.reset();
        acked.reset();
        handshakes.reset();
        errors.reset();
        closes.clear();
        synchronized (allSamples) {
            allSamples.forEach(Latencies::clear);
        }
        measureStart = System.nanoTime();
        measuring = true;
        reply("@MEASURING");
    }

    private void report(Path file) throws Exception {
        measuring = false;
        double seconds = (System.nanoTime() - measureStart) / 1e9;
        Thread.sleep(100); // let event loops finish the sample they were adding
        long n;
        synchronized (allSamples) {
            n = Latencies.writeTo(allSamples, file);
        }
        StringBuilder c = new StringBuilder();
        new TreeMap<>(closes).forEach((code, count) -> c.append(code).append(':').append(count.sum()).append(','));
        reply("@REPORT deliveries=%d sent=%d acked=%d handshakes=%d errors=%d samples=%d open=%d seconds=%.3f closes=%s"
                .formatted(deliveries.sum(), sent.sum(), acked.sum(), handshakes.sum(), errors.sum(), n, open.size(),
                        seconds, c.isEmpty() ? "-" : c.substring(0, c.length() - 1)));
    }

    private void stop() throws InterruptedException {
        sending = false;
        handshaking = false;
        recordLatency = false;
        if (latencyThread != null) {
            latencyThread.join();
            latencyThread = null;
        }
        Thread.sleep(1000); // handshakes under way finish
        reply("@STOPPED");
    }

    private void closeAll() throws InterruptedException {
        open.forEach(GatewayConnection::close);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!open.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        senders.clear();
        reply("@CLOSED " + open.size());
    }

    // ---- events, on the connections' event loops

    @Override
    public void ready(GatewayConnection c) {
        open.add(c);
        CompletableFuture<Boolean> f = pending.remove(c);
        if (f != null) {
            f.complete(true);
        }
    }

    @Override
    public void message(GatewayConnection c, long sentNanos, boolean own) {
        if (c.sender) {
            if (own) {
                synchronized (this) {
                    inflight--;
                }
                pump();
            }
            return;
        }
        if (measuring) {
            deliveries.increment();
            if (recordLatency) {
                samples.get().add(System.nanoTime() - sentNanos);
            }
        }
    }

    @Override
    public void acked(GatewayConnection c) {
        acked.increment();
    }

    @Override
    public void error(GatewayConnection c, String frame) {
        errors.increment();
        if (errorLines.incrementAndGet() <= 5) {
            System.err.println("ERROR frame on " + c.tag + ": " + frame);
        }
    }

    @Override
    public void closed(GatewayConnection c, int code) {
        open.remove(c);
        count(closes, code);
        CompletableFuture<Boolean> f = pending.remove(c);
        if (f != null) {
            f.complete(false);
        }
    }

    private static void count(Map<Integer, LongAdder> map, int key) {
        map.computeIfAbsent(key, k -> new LongAdder()).increment();
    }
}
