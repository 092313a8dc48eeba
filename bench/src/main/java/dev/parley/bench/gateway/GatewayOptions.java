package dev.parley.bench.gateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sizes of one run of {@link GatewayLoad}; every option is {@code --name value} and the
 * defaults are the sizes the gateway issue asks for. {@link #command()} prints the command that
 * repeats the run.
 *
 * @param targets            {@code raw} (the raw-Netty baseline), {@code parley} (one node) and/or {@code cluster}
 *                           (an api node and gateway nodes on PostgreSQL and NATS), run in that order
 * @param scenarios          any of memory, fanout, latency, handshake, run in that order on one server per target
 * @param memoryConnections  idle identified connections whose heap is measured
 * @param fanoutMembers      receiving members of the one fan-out channel
 * @param fanoutSenders      connections of the one sending user (Parley allows 120 inbound frames per minute per connection)
 * @param fanoutWindow       fan-out messages in flight (a message lands when its sender receives it back)
 * @param latencyClients     connected clients of the latency scenario
 * @param groupSize          members per latency channel (all of a channel's members live in one process)
 * @param latencyRates       messages per second, all channels together: one measured window per rate, in order
 * @param handshakeUsers     distinct users the handshake loop cycles through
 * @param handshakeParallel  handshakes under way at once, all worker processes together
 * @param handshakeWorkers   worker processes of the handshake scenario
 * @param perProcess         most clients one worker process holds (each is one open file)
 * @param workerThreads      event loops per worker process
 * @param warmupSeconds      load before each measured window
 * @param seconds            each measured window
 * @param profile            1: record each server JVM with JFR ({@code settings=profile}) into the log directory
 * @param clusterFanoutMembers receiving members of the fan-out channel on the cluster target, spread over its gateways
 * @param clusterGateways    gateway processes of the cluster target
 * @param clusterPoolSize    {@code storage.pool-size} of each cluster gateway: it opens 2 × this + max(2, this / 4)
 *                           PostgreSQL connections
 * @param clusterPostgres    JDBC URL (with its user) of a database of the PostgreSQL server where the cluster
 *                           target creates a fresh database per run
 * @param clusterNats        the NATS server of the cluster target (each run uses a subject prefix of its own)
 */
record GatewayOptions(List<String> targets, List<String> scenarios, int memoryConnections, int fanoutMembers,
                      int fanoutSenders, int fanoutWindow, int latencyClients, int groupSize, List<Integer> latencyRates,
                      int handshakeUsers, int handshakeParallel, int handshakeWorkers, int perProcess,
                      int workerThreads, int warmupSeconds, int seconds, int profile, int clusterFanoutMembers,
                      int clusterGateways, int clusterPoolSize, String clusterPostgres, String clusterNats) {
    static final List<String> TARGETS = List.of("raw", "parley", "cluster");

    static final GatewayOptions DEFAULTS = new GatewayOptions(List.of("raw", "parley"),
            List.of("memory", "fanout", "latency", "handshake"), 15_000, 10_000, 32, 16, 5_000, 100, List.of(500, 1_000), 2_000, 64, 2,
            9_000, 1, 10, 20, 0, 20_000, 2, 8, "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres",
            "nats://127.0.0.1:4222");

    GatewayOptions {
        targets = List.copyOf(targets);
        latencyRates = List.copyOf(latencyRates);
        scenarios = List.copyOf(scenarios);
        for (String t : targets) {
            if (!TARGETS.contains(t)) {
                throw new IllegalArgumentException("--targets takes raw, parley, cluster: " + t);
            }
        }
        for (String s : scenarios) {
            if (!List.of("memory", "fanout", "latency", "handshake").contains(s)) {
                throw new IllegalArgumentException("--scenarios takes memory, fanout, latency, handshake: " + s);
            }
        }
        if (perProcess < groupSize || perProcess > 18_000) {
            throw new IllegalArgumentException("--per-process must be between --group-size and 18000");
        }
        if (clusterGateways < 1) {
            throw new IllegalArgumentException("--cluster-gateways must be at least 1");
        }
        if (clusterPoolSize < 1) {
            throw new IllegalArgumentException("--cluster-pool-size must be at least 1");
        }
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    /** Users the Parley target must register: enough for every scenario. */
    int users() {
        return Math.max(Math.max(memoryConnections, fanoutMembers), Math.max(latencyClients, handshakeUsers));
    }

    /**
     * Users the cluster target must register: enough for the scenarios it runs (memory is not one
     * of them), as registering on PostgreSQL takes minutes at the sizes.
     */
    int clusterUsers() {
        return Math.max(Math.max(runs("fanout") ? clusterFanoutMembers : 0, runs("latency") ? latencyClients : 0),
                Math.max(runs("handshake") ? handshakeUsers : 0, 1));
    }

    /** Receiving members of the fan-out channel on {@code target}. */
    int fanoutMembers(String target) {
        return target.equals("cluster") ? clusterFanoutMembers : fanoutMembers;
    }

    static GatewayOptions parse(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || !args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage");
            }
            given.put(args[i].substring(2), args[++i]);
        }
        GatewayOptions d = DEFAULTS;
        GatewayOptions o = new GatewayOptions(
                list(given, "targets", d.targets), list(given, "scenarios", d.scenarios),
                integer(given, "memory-connections", d.memoryConnections), integer(given, "fanout-members", d.fanoutMembers),
                integer(given, "fanout-senders", d.fanoutSenders), integer(given, "fanout-window", d.fanoutWindow),
                integer(given, "latency-clients", d.latencyClients), integer(given, "group-size", d.groupSize),
                list(given, "latency-rates", d.latencyRates.stream().map(String::valueOf).toList()).stream()
                        .map(Integer::parseInt).toList(), integer(given, "handshake-users", d.handshakeUsers),
                integer(given, "handshake-parallel", d.handshakeParallel),
                integer(given, "handshake-workers", d.handshakeWorkers), integer(given, "per-process", d.perProcess),
                integer(given, "worker-threads", d.workerThreads), integer(given, "warmup-seconds", d.warmupSeconds),
                integer(given, "seconds", d.seconds), integer(given, "profile", d.profile),
                integer(given, "cluster-fanout-members", d.clusterFanoutMembers),
                integer(given, "cluster-gateways", d.clusterGateways),
                integer(given, "cluster-pool-size", d.clusterPoolSize), string(given, "cluster-postgres", d.clusterPostgres),
                string(given, "cluster-nats", d.clusterNats));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): --" + String.join(", --", given.keySet()));
        }
        return o;
    }

    /** This run's options, as the command line that repeats it; the cluster's only when it runs. */
    List<String> arguments() {
        List<String> out = new ArrayList<>(List.of("--targets", String.join(",", targets), "--scenarios", String.join(",", scenarios),
                "--memory-connections", "" + memoryConnections, "--fanout-members", "" + fanoutMembers,
                "--fanout-senders", "" + fanoutSenders, "--fanout-window", "" + fanoutWindow,
                "--latency-clients", "" + latencyClients, "--group-size", "" + groupSize,
                "--latency-rates", String.join(",", latencyRates.stream().map(String::valueOf).toList()), "--handshake-users", "" + handshakeUsers,
                "--handshake-parallel", "" + handshakeParallel, "--handshake-workers", "" + handshakeWorkers,
                "--per-process", "" + perProcess, "--worker-threads", "" + workerThreads,
                "--warmup-seconds", "" + warmupSeconds, "--seconds", "" + seconds, "--profile", "" + profile));
        if (targets.contains("cluster")) {
            out.addAll(clusterArguments());
        }
        return out;
    }

    /** The cluster target's options, quoted for a shell (a JDBC URL holds a {@code ?}). */
    private List<String> clusterArguments() {
        return List.of("--cluster-fanout-members", "" + clusterFanoutMembers, "--cluster-gateways", "" + clusterGateways,
                "--cluster-pool-size", "" + clusterPoolSize,
                "--cluster-postgres", "'" + clusterPostgres + "'", "--cluster-nats", clusterNats);
    }

    String command() {
        return "./mvnw -q -B -DskipTests package -pl bench -am && "
                + java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                + " --enable-native-access=ALL-UNNAMED -cp \"bench/target/parley-bench.jar:bench/target/lib/*\" "
                + GatewayLoad.class.getName() + " " + String.join(" ", arguments());
    }

    static String usage() {
        return "usage: GatewayLoad [--name value]...\ndefaults: " + String.join(" ", DEFAULTS.arguments())
                + "\nwith --targets ...,cluster also: " + String.join(" ", DEFAULTS.clusterArguments()) + "\n";
    }

    private static List<String> list(Map<String, String> given, String name, List<String> fallback) {
        String v = given.remove(name);
        return v == null ? fallback : List.of(v.split(","));
    }

    private static String string(Map<String, String> given, String name, String fallback) {
        String v = given.remove(name);
        return v == null ? fallback : v;
    }

    private static int integer(Map<String, String> given, String name, int fallback) {
        String v = given.remove(name);
        if (v == null) {
            return fallback;
        }
        int n = Integer.parseInt(v.replace("_", ""));
        if (n < 0) {
            throw new IllegalArgumentException("--" + name + " must not be negative");
        }
        return n;
    }
}
