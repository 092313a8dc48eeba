package dev.parley.bench;

import java.io.PrintStream;
import java.util.Map;

/** Prints results as they come, one block per run, and the comparison against the targets. */
final class Report {
    /** From the messaging issue, for a 2-core machine. */
    static final double TARGET_SENDS_PER_SECOND = 5_000;
    static final double TARGET_HISTORY_P99_MS = 15;

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void line(String text) {
        out.println(text);
        out.flush();
    }

    void sends(SendLoad.Result r) {
        line("sends %-10s  %d senders, %.0f s measured: %,.0f acknowledged sends/s (%,d acks)".formatted(
                r.name(), r.senders(), r.seconds(), r.perSecond(), r.acked().count()));
        line("    warm-up       " + r.warmup());
        line("    latency       " + r.acked().percentiles());
        line("    failures      " + failures(r.failures()));
        line("    " + r.cpu());
        long acks = r.acked().count();
        line("    CPU per acknowledged send: this JVM %.0f µs, the writer thread %.0f µs%s".formatted(
                perEach(r.cpu().process(), r.seconds(), acks), perEach(r.cpu().writer(), r.seconds(), acks),
                Double.isNaN(r.cpu().generator()) ? ""
                        : ", the load generator process %.0f µs".formatted(perEach(r.cpu().generator(), r.seconds(), acks))));
        line("    this JVM by thread group, µs per send: " + byGroup(r.cpu().threads().microsPer(acks)));
        line("    this JVM by thread group, share: " + r.cpu().threads().shares());
        line("    measured      " + r.cpu().window());
    }

    void reads(ReadLoad.Result r) {
        line("history %-22s %d readers, %,d pages in %.1f s (%,.0f pages/s)".formatted(
                r.name(), r.readers(), r.ok().count(), r.seconds(), r.perSecond()));
        line("    latency       " + r.ok().percentiles());
        line("    failures      " + failures(r.failures()));
        line("    " + r.cpu());
        line("    CPU per page: this JVM %.0f µs".formatted(perEach(r.cpu().process(), r.seconds(), r.ok().count())));
    }

    void sendRatio(SendLoad.Result http, SendLoad.Result inProcess) {
        line("%s vs in process: %.2f x the in-process send rate; p50 %.2f ms vs %.2f ms, p99 %.2f ms vs %.2f ms".formatted(
                http.name(), http.perSecond() / inProcess.perSecond(), http.acked().millis(50), inProcess.acked().millis(50),
                http.acked().millis(99), inProcess.acked().millis(99)));
    }

    void readRatio(ReadLoad.Result http, ReadLoad.Result inProcess) {
        line("HTTP vs in process (%s): p50 %.2f ms vs %.2f ms, p99 %.2f ms vs %.2f ms".formatted(
                inProcess.name(), http.ok().millis(50), inProcess.ok().millis(50), http.ok().millis(99),
                inProcess.ok().millis(99)));
    }

    void sendTarget(SendLoad.Result http) {
        boolean met = http.perSecond() >= TARGET_SENDS_PER_SECOND;
        line("target sends    >= %,.0f acknowledged sends/s over HTTP, %s: %s (%,.0f/s)".formatted(
                TARGET_SENDS_PER_SECOND, http.name(), met ? "MET" : "MISSED", http.perSecond()));
    }

    void historyTarget(ReadLoad.Result http) {
        double p99 = http.ok().millis(99);
        line("target history  p99 <= %.0f ms over HTTP (%s): %s (p99 %.2f ms)".formatted(
                TARGET_HISTORY_P99_MS, http.name(), p99 <= TARGET_HISTORY_P99_MS ? "MET" : "MISSED", p99));
    }

    /** Microseconds of CPU per operation, from cores used over a window. */
    private static double perEach(double cores, double seconds, long operations) {
        return cores * seconds * 1e6 / operations;
    }

    private static String byGroup(Map<String, Double> micros) {
        StringBuilder out = new StringBuilder();
        micros.forEach((group, us) -> out.append(out.isEmpty() ? "" : ", ").append("%s %.0f".formatted(group, us)));
        return out.isEmpty() ? "unknown" : out.toString();
    }

    private static String failures(Map<String, Long> failures) {
        return failures.isEmpty() ? "none" : failures.toString();
    }
}
