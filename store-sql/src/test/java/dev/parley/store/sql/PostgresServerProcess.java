package dev.parley.store.sql;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own (the machine's binaries, a fresh cluster in a temporary
 * directory, a free loopback port, trust auth) that a test may stop and start again, as an
 * operator's restart or a crash would, without touching the shared server on 5432. When the test
 * runs as root the server runs as the {@code postgres} user, which PostgreSQL requires.
 */
public final class PostgresServerProcess implements AutoCloseable {
    private static final Path BIN = findBin();
    private final Path dir;
    private final int port;

    public PostgresServerProcess() {
        try {
            dir = Files.createTempDirectory("parley-pg-");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            if (isRoot()) {
                run("chown", "postgres:postgres", dir.toString());
            }
            run(asOwner(BIN.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                    "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"));
        } catch (IOException e) {
            throw new IllegalStateException("could not set up a PostgreSQL cluster", e);
        }
    }

    /** A JDBC URL for database {@code postgres} as user {@code postgres}. */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    public PostgresServerProcess start() {
        run(asOwner(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60",
                "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
        return this;
    }

    /** Stops at once (mode immediate: no checkpoint, clients cut off), as a crash would. */
    public void stop() {
        run(asOwner(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-m", "immediate", "stop"));
    }

    @Override
    public void close() {
        try {
            new ProcessBuilder(asOwner(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m",
                    "immediate", "stop")).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(60, TimeUnit.SECONDS);
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            // best effort: a temporary directory
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path findBin() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.sorted(Comparator.reverseOrder()).map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl"))).findFirst().orElseThrow();
        } catch (IOException | RuntimeException e) {
            fail("PostgreSQL's server binaries are missing (/usr/lib/postgresql/*/bin/pg_ctl): install Debian's "
                    + "postgresql package");
            return null;
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asOwner(String... command) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static void run(String... command) {
        run(List.of(command));
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
