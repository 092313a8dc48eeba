package dev.parley.bench;

import dev.parley.client.ParleyClient;
import dev.parley.http.RestApi;
import dev.parley.protocol.message.MessagePage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * The messaging benchmark (docs/benchmarks.md). Starts a real single-node server in this process
 * on a fresh SQLite file, then measures:
 *
 * <ol>
 *   <li><b>sends</b>: acknowledged sends per second and their latency, {@code users} members each
 *       sending in a closed loop to one of {@code channels} channels, over HTTP (from a load-generator
 *       process of its own, and/or the SDK's client inside this JVM) and then, as the baseline,
 *       through the use cases in process;</li>
 *   <li><b>history</b>: the latency of a page of history in a channel holding
 *       {@code history-messages} messages, before a random message and the newest page, over HTTP
 *       and in process.</li>
 * </ol>
 *
 * It prints the machine, the results, how they compare with the targets of the messaging issue,
 * and the command that reproduces them. A program, not a test: nothing here runs in a build.
 */
public final class MessagingBench {
    private static final String SEND_ROUTE = "POST " + HttpTarget.messagesPath(1);
    private static final String HISTORY_ROUTE = "GET " + HttpTarget.messagesPath(1);

    private final BenchOptions options;
    private final Report report;

    private MessagingBench(BenchOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().equals("usage")) {
                System.err.println("MessagingBench: " + e.getMessage());
            }
            System.err.print(BenchOptions.usage());
            System.exit(2);
            return;
        }
        new MessagingBench(options, new Report(System.out)).run();
        System.exit(0); // the SDK's HTTP client keeps non-daemon threads a little while
    }

    private void run() throws Exception {
        report.line("Parley messaging benchmark");
        Machine.describe().forEach(report::line);
        report.line("command        " + options.command());
        try (BenchNode node = BenchNode.start(options.dataDir())) {
            report.line(Machine.fsyncProbe(node.dataDir()));
            report.line("server         single node, SQLite WAL synchronous=FULL with group commit, in process at "
                    + node.baseUrl() + ", data in " + node.dataDir());
            long t0 = System.nanoTime();
            BenchWorld world = BenchWorld.build(node.useCases(), options.users(), options.channels());
            report.line("set-up         %d members, %d send channels, 1 history channel in %.1f s".formatted(
                    world.members().size(), world.sendChannels().size(), seconds(t0)));
            boolean httpSends = served(node.http(), SEND_ROUTE);
            boolean httpHistory = served(node.http(), HISTORY_ROUTE);
            var http = new HttpTarget(ParleyClient.connect(node.baseUrl()));
            var inProcess = new InProcessTarget(node.useCases());
            long[] history = options.runs("history") ? fill(node, world) : new long[0];
            report.line("");
            if (options.runs("sends")) {
                sends(node, world, httpSends ? http : null, inProcess);
            }
            if (options.runs("history")) {
                history(world, history, httpHistory ? http : null, inProcess);
            }
        }
        report.line("");
        report.line("reproduce with: " + options.command());
    }

    private long[] fill(BenchNode node, BenchWorld world) {
        long t0 = System.nanoTime();
        List<Long> authors = world.members().stream().map(BenchWorld.Member::userId).toList();
        long[] ids = HistoryFill.fill(node.storage(), world.historyChannelId(), authors, options.historyMessages());
        double s = seconds(t0);
        report.line("history fill   %,d messages in %.1f s (%,.0f/s, %,d per transaction; set-up, not measured)".formatted(
                ids.length, s, ids.length / s, HistoryFill.BATCH));
        return ids;
    }

    private void sends(BenchNode node, BenchWorld world, HttpTarget http, InProcessTarget inProcess)
            throws InterruptedException, IOException {
        List<SendLoad.Result> overHttp = new ArrayList<>();
        if (http == null) {
            report.line("sends HTTP      SKIPPED: the REST API has no route " + SEND_ROUTE.replace("/1/", "/{id}/") + " yet");
        } else {
            for (String client : options.sendClients()) {
                SendLoad.Result r = client.equals("jdk") ? sendRun(world, http, "h") : processRun(node, world, "n");
                report.sends(r);
                overHttp.add(r);
            }
        }
        SendLoad.Result local = sendRun(world, inProcess, "p");
        report.sends(local);
        for (SendLoad.Result r : overHttp) {
            report.sendRatio(r, local);
        }
        for (SendLoad.Result r : overHttp) {
            report.sendTarget(r);
        }
        report.line("");
    }

    private SendLoad.Result processRun(BenchNode node, BenchWorld world, String prefix)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("parley-bench-sender-");
        try (HttpSendProcess sender = HttpSendProcess.start(node.baseUrl(), world, prefix, options.clientThreads(), dir)) {
            return sender.run(Duration.ofSeconds(options.warmupSeconds()), Duration.ofSeconds(options.maxWarmupSeconds()),
                    Duration.ofSeconds(options.seconds()));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private SendLoad.Result sendRun(BenchWorld world, Target target, String prefix) throws InterruptedException {
        return SendLoad.run(target.name(), world.members().size(),
                i -> target.sender(world.members().get(i), world.channelOf(i), prefix + i),
                Duration.ofSeconds(options.warmupSeconds()), Duration.ofSeconds(options.maxWarmupSeconds()),
                Duration.ofSeconds(options.seconds()));
    }

    private void history(BenchWorld world, long[] ids, HttpTarget http, InProcessTarget inProcess)
            throws InterruptedException {
        long channel = world.historyChannelId();
        LongSupplier random = () -> ids[ThreadLocalRandom.current().nextInt(ids.length)];
        LongSupplier newest = () -> 0;
        if (http == null) {
            report.line("history HTTP    SKIPPED: the REST API has no route " + HISTORY_ROUTE.replace("/1/", "/{id}/") + " yet");
        } else {
            MessagePage probe = http.newestPage(world.members().getFirst(), channel, options.pageSize());
            report.line("history probe  newest page over HTTP holds %d messages, seq %d..%d".formatted(
                    probe.messages().size(), probe.messages().getFirst().seq(), probe.messages().getLast().seq()));
        }
        ReadLoad.Result httpBefore = null;
        ReadLoad.Result httpNewest = null;
        if (http != null) {
            httpBefore = readRun(world, http, "HTTP before=<random>", channel, random, options.historyRequests());
            httpNewest = readRun(world, http, "HTTP newest page", channel, newest, options.newestRequests());
        }
        ReadLoad.Result localBefore = readRun(world, inProcess, "in process before=<random>", channel, random,
                options.historyRequests());
        ReadLoad.Result localNewest = readRun(world, inProcess, "in process newest page", channel, newest,
                options.newestRequests());
        if (http != null) {
            report.readRatio(httpBefore, localBefore);
            report.readRatio(httpNewest, localNewest);
            report.historyTarget(httpBefore);
            report.historyTarget(httpNewest);
        }
    }

    private ReadLoad.Result readRun(BenchWorld world, Target target, String name, long channel, LongSupplier anchor,
                                    int requests) throws InterruptedException {
        // Readers are distinct members; every member may read the history channel.
        ReadLoad.Result r = ReadLoad.run(name, options.readers(), Math.max(200, requests / 10), requests,
                i -> target.pages(world.members().get(i % world.members().size()), channel, anchor, options.pageSize()));
        report.reads(r);
        return r;
    }

    private static boolean served(RestApi api, String route) {
        String[] methodAndPath = route.split(" ", 2);
        return api.routes().stream().anyMatch(r -> r.method().name().equals(methodAndPath[0])
                && r.template().matches(methodAndPath[1]));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
