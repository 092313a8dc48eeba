package dev.parley.server;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One Parley node as a separate process: the packaged jar, {@code serve --roles ...}, configured
 * through PARLEY_* variables on loopback ports chosen here. {@link #kill()} is kill -9.
 */
final class NodeProcess implements AutoCloseable {
    private static final Path JAR = Path.of("target", "parley.jar").toAbsolutePath();
    final int httpPort;
    final int gatewayPort;
    private final Process process;
    private final StringBuffer output = new StringBuffer();

    private NodeProcess(Process process, int httpPort, int gatewayPort) {
        this.process = process;
        this.httpPort = httpPort;
        this.gatewayPort = gatewayPort;
    }

    /** Starts a node and returns once it printed its start-up line. */
    static NodeProcess start(String roles, int nodeId, Map<String, String> cluster) {
        if (!JAR.toFile().isFile()) {
            fail(JAR + " is missing: integration tests run after `package` (./mvnw verify)");
        }
        int httpPort = freePort();
        int gatewayPort = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-jar",
                JAR.toString(), "serve", "--roles", roles));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(cluster);
        builder.environment().put("PARLEY_SERVER_HOST", "127.0.0.1");
        builder.environment().put("PARLEY_SERVER_PORT", Integer.toString(httpPort));
        builder.environment().put("PARLEY_GATEWAY_PORT", Integer.toString(gatewayPort));
        builder.environment().put("PARLEY_NODE_ID", Integer.toString(nodeId));
        try {
            NodeProcess node = new NodeProcess(builder.start(), httpPort, gatewayPort);
            node.awaitStarted();
            return node;
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + command, e);
        }
    }

    private void awaitStarted() {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        // A platform thread: a pipe read holds its carrier, and three nodes' readers would hold every
        // carrier of a 2-core machine, starving the test's own virtual threads.
        Thread.ofPlatform().daemon().name("node-" + gatewayPort + "-output").start(() -> {
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.append(line).append('\n');
                    if (line.startsWith("Parley ") && (line.contains(" is serving") || line.contains(" is running"))) {
                        started.complete(true);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            started.complete(false);
        });
        try {
            if (!started.get(120, TimeUnit.SECONDS)) {
                fail("the node exited without starting; output:\n" + output);
            }
        } catch (Exception e) {
            fail("the node did not start within 120 s; output:\n" + output, e);
        }
    }

    String output() {
        return output.toString();
    }

    /** kill -9: no shutdown hook, sockets cut, nothing flushed. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
