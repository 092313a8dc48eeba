package dev.parley.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sizes of one run of {@link MessagingBench}. Every option is {@code --name value}; the
 * defaults are the run recorded in docs/benchmarks.md. {@link #command()} prints them all back, so
 * a report always names the exact command that reproduces it.
 *
 * @param users            senders, each a member of the one community, each on its own virtual thread
 * @param channels         text channels the senders are spread over (user i sends to channel i mod channels)
 * @param warmupSeconds    sending before the measured window (JIT, connections, page cache), at least
 * @param maxWarmupSeconds sends warm up until the JIT compilers settle ({@link Warmup}), at most this long
 * @param seconds          the measured window of each send run
 * @param historyMessages  messages filled into the history channel before its pages are read
 * @param historyRequests  measured {@code before=<random id>} page reads of each history run
 * @param newestRequests   measured newest-page reads of each history run
 * @param readers          concurrent history readers
 * @param pageSize         messages per history page
 * @param phases           which of {@code sends} and {@code history} to run
 * @param sendClients      which HTTP send generators to run, in order: {@code netty} (a process of its
 *                         own, one keep-alive connection per sender) and/or {@code jdk} (the SDK's
 *                         {@code java.net.http} client inside this JVM, the generator of sessions 1 to 3)
 * @param clientThreads    event-loop threads of the {@code netty} generator process
 * @param dataDir          where the SQLite file goes; null for a fresh temporary directory, deleted afterwards
 */
record BenchOptions(int users, int channels, int warmupSeconds, int maxWarmupSeconds, int seconds, int historyMessages, int historyRequests,
                    int newestRequests, int readers, int pageSize, List<String> phases, List<String> sendClients,
                    int clientThreads, Path dataDir) {

    static final BenchOptions DEFAULTS = new BenchOptions(200, 20, 15, 120, 30, 1_000_000, 10_000, 2_000, 4, 50,
            List.of("sends", "history"), List.of("netty"), 1, null);

    BenchOptions {
        positive("users", users);
        positive("channels", channels);
        if (warmupSeconds < 0) {
            throw new IllegalArgumentException("--warmup-seconds must not be negative");
        }
        if (maxWarmupSeconds < warmupSeconds) {
            throw new IllegalArgumentException("--max-warmup-seconds must be at least --warmup-seconds");
        }
        positive("seconds", seconds);
        positive("history-messages", historyMessages);
        positive("history-requests", historyRequests);
        positive("newest-requests", newestRequests);
        positive("readers", readers);
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("--page-size must be 1..100");
        }
        phases = List.copyOf(phases);
        for (String phase : phases) {
            if (!phase.equals("sends") && !phase.equals("history")) {
                throw new IllegalArgumentException("--phases takes sends and/or history, comma separated: " + phase);
            }
        }
        sendClients = List.copyOf(sendClients);
        for (String client : sendClients) {
            if (!client.equals("netty") && !client.equals("jdk")) {
                throw new IllegalArgumentException("--send-clients takes netty and/or jdk, comma separated: " + client);
            }
        }
        positive("client-threads", clientThreads);
    }

    boolean runs(String phase) {
        return phases.contains(phase);
    }

    /** Reads {@code --name value} pairs over the defaults. */
    static BenchOptions parse(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new IllegalArgumentException("usage");
            }
            if (!arg.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got " + arg);
            }
            given.put(arg.substring(2), args[++i]);
        }
        BenchOptions d = DEFAULTS;
        BenchOptions options = new BenchOptions(
                integer(given, "users", d.users),
                integer(given, "channels", d.channels),
                integer(given, "warmup-seconds", d.warmupSeconds),
                integer(given, "max-warmup-seconds", d.maxWarmupSeconds),
                integer(given, "seconds", d.seconds),
                integer(given, "history-messages", d.historyMessages),
                integer(given, "history-requests", d.historyRequests),
                integer(given, "newest-requests", d.newestRequests),
                integer(given, "readers", d.readers),
                integer(given, "page-size", d.pageSize),
                given.containsKey("phases") ? List.of(given.remove("phases").split(",")) : d.phases,
                given.containsKey("send-clients") ? List.of(given.remove("send-clients").split(",")) : d.sendClients,
                integer(given, "client-threads", d.clientThreads),
                given.containsKey("data-dir") ? Path.of(given.remove("data-dir")) : d.dataDir);
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): --" + String.join(", --", given.keySet()));
        }
        return options;
    }

    static String usage() {
        return """
                usage: MessagingBench [--users N] [--channels N] [--warmup-seconds S] [--max-warmup-seconds S] [--seconds S]
                                      [--history-messages N] [--history-requests N] [--newest-requests N]
                                      [--readers N] [--page-size 1..100] [--phases sends,history]
                                      [--send-clients netty,jdk] [--client-threads N] [--data-dir DIR]
                defaults: %s
                """.formatted(String.join(" ", DEFAULTS.arguments()));
    }

    /** The option list that reproduces this run. */
    List<String> arguments() {
        List<String> out = new ArrayList<>(List.of(
                "--users", Integer.toString(users), "--channels", Integer.toString(channels),
                "--warmup-seconds", Integer.toString(warmupSeconds),
                "--max-warmup-seconds", Integer.toString(maxWarmupSeconds), "--seconds", Integer.toString(seconds),
                "--history-messages", Integer.toString(historyMessages),
                "--history-requests", Integer.toString(historyRequests),
                "--newest-requests", Integer.toString(newestRequests), "--readers", Integer.toString(readers),
                "--page-size", Integer.toString(pageSize), "--phases", String.join(",", phases),
                "--send-clients", String.join(",", sendClients), "--client-threads", Integer.toString(clientThreads)));
        if (dataDir != null) {
            out.addAll(List.of("--data-dir", dataDir.toString()));
        }
        return out;
    }

    /** The shell command, run from the repository root, that builds the bench and repeats this run. */
    String command() {
        return "./mvnw -q -B -DskipTests package -pl bench -am && "
                + javaBinary() + " --enable-native-access=ALL-UNNAMED -cp \"bench/target/parley-bench.jar:bench/target/lib/*\" "
                + MessagingBench.class.getName() + " " + String.join(" ", arguments());
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int integer(Map<String, String> given, String name, int fallback) {
        String value = given.remove(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a whole number, got " + value);
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("--" + name + " must be at least 1, was " + value);
        }
    }
}
