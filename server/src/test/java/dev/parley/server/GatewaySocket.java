package dev.parley.server;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A minimal gateway client for server tests: opens a node's gateway, reads its HELLO or IDENTIFYs
 * with an access token, and keeps every text frame it receives (no heartbeats: a test lasts less
 * than one interval).
 */
final class GatewaySocket implements WebSocket.Listener, AutoCloseable {
    private final List<String> frames = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;

    private GatewaySocket(int gatewayPort) throws Exception {
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + gatewayPort + "/gateway"), this).get(10, TimeUnit.SECONDS);
    }

    /** A socket that has received READY. */
    static GatewaySocket identify(int gatewayPort, String accessToken) throws Exception {
        GatewaySocket client = new GatewaySocket(gatewayPort);
        client.socket.sendText("{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + accessToken + "\"}}", true)
                .get(10, TimeUnit.SECONDS);
        try {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> client.frames.stream().anyMatch(f -> f.startsWith("{\"op\":\"READY\"")));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            client.close();
            throw new AssertionError("no READY within 20 s of IDENTIFY; frames received: " + client.frames, e);
        }
        return client;
    }

    /** The first frame a node's gateway sends on a new connection (HELLO), read without identifying. */
    static String firstFrame(int gatewayPort) throws Exception {
        try (GatewaySocket client = new GatewaySocket(gatewayPort)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !client.frames.isEmpty());
            return client.frames.getFirst();
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    /** Sends a frame as written. */
    void send(String frame) throws Exception {
        socket.sendText(frame, true).get(10, TimeUnit.SECONDS);
    }

    /** Whether a frame with op {@code op} containing {@code fragment} has arrived. */
    boolean receivedOp(String op, String fragment) {
        return frames.stream().anyMatch(f -> f.startsWith("{\"op\":\"" + op + "\"") && f.contains(fragment));
    }

    /** Whether a DISPATCH of {@code type} containing {@code fragment} has arrived. */
    boolean received(String type, String fragment) {
        return frames.stream().anyMatch(f -> f.contains("\"t\":\"" + type + "\"") && f.contains(fragment));
    }

    @Override
    public void close() {
        socket.abort();
    }
}
