package dev.parley.bus.nats;

import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A NATS server of the test's own, on a free loopback port, that the test may stop and start again
 * (the shared one on 4222 is never touched). Uses the machine's {@code nats-server} binary.
 */
public final class NatsServerProcess implements AutoCloseable {
    private static final Path BINARY = Path.of("/usr/sbin/nats-server");
    private final int port;
    private Process process;

    public NatsServerProcess() {
        if (!Files.isExecutable(BINARY)) {
            fail(BINARY + " is missing: install Debian's nats-server package (apt-get install nats-server)");
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "nats://127.0.0.1:" + port;
    }

    public NatsServerProcess start() {
        try {
            process = new ProcessBuilder(BINARY.toString(), "-a", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + BINARY, e);
        }
        await().atMost(Duration.ofSeconds(10)).until(this::accepting);
        return this;
    }

    /** Kills the server at once (no lame-duck goodbye), as a crash or network cut would. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean accepting() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
