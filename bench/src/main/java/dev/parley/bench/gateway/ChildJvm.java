package dev.parley.bench.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM started with this JVM's {@code java} and class path: a server under test or a
 * load-generator worker. Commands go to its standard input; its answers are the stdout lines that
 * start with {@code @}; everything else it prints (and its stderr) goes to a log file. Closing
 * its standard input tells it to end; {@link #close} then waits and, failing that, kills it.
 */
public final class ChildJvm implements AutoCloseable {
    private final String name;
    private final Process process;
    private final PrintWriter in;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final Path log;

    private ChildJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.in = new PrintWriter(new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        Thread.ofPlatform().daemon().name(name + "-stdout").start(this::drain);
    }

    public static ChildJvm start(String name, Path logDir, List<String> jvmOptions, Class<?> main, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        Path log = logDir.resolve(name + ".log");
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ChildJvm(name, p, log);
    }

    private void drain() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer logOut = Files.newBufferedWriter(log.resolveSibling(name + ".out"))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("@")) {
                    answers.add(line);
                } else {
                    logOut.write(line + "\n");
                    logOut.flush();
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        answers.add("@EXIT");
    }

    public void send(String command) {
        in.println(command);
    }

    /** The next answer line starting with {@code prefix}; fails on timeout or when the process ends first. */
    public String await(String prefix, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            String line = answers.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new IllegalStateException(name + ": no " + prefix + " within " + timeoutSeconds + " s (log " + log + ")");
            }
            if (line.startsWith(prefix)) {
                return line;
            }
            if (line.equals("@EXIT") || line.startsWith("@UNAVAILABLE") || line.startsWith("@ERROR")) {
                throw new IllegalStateException(name + ": " + line + " while waiting for " + prefix + " (log " + log + ")");
            }
        }
    }

    /** Sends a command and waits for its answer. */
    public String call(String command, String answer, long timeoutSeconds) throws InterruptedException {
        send(command);
        return await(answer, timeoutSeconds);
    }

    public long pid() {
        return process.pid();
    }

    /** CPU seconds (user + system) this process has used so far, from /proc; NaN elsewhere. */
    public double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime in USER_HZ ticks
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    @Override
    public void close() throws InterruptedException {
        in.close();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
