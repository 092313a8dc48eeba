package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** A test client over the JDK's WebSocket: frames as JSON trees, the close code when it ends. */
final class WsClient implements WebSocket.Listener, AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    static WsClient open(int port, String origin) {
        WsClient client = new WsClient();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder();
        if (origin != null) {
            builder.header("Origin", origin);
        }
        client.socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + "/gateway"), client).join();
        return client;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(Json.mapper().readTree(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(1006);
    }

    void send(String json) {
        socket.sendText(json, true).join();
    }

    void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    void identify(String token) {
        send("{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + token + "\"}}");
    }

    void resume(String token, String sessionId, long seq) {
        send("{\"op\":\"RESUME\",\"d\":{\"token\":\"" + token + "\",\"session_id\":\"" + sessionId + "\",\"seq\":" + seq + "}}");
    }

    /** HELLO, then RESUME. */
    void resumeAfterHello(String token, String sessionId, long seq) {
        expect("HELLO");
        resume(token, sessionId, seq);
    }

    void heartbeat(long seq) {
        send("{\"op\":\"HEARTBEAT\",\"d\":{\"seq\":" + seq + "}}");
    }

    /**
     * A round trip through the hub: PRESENCE_UPDATE with the status {@code userId} already has,
     * up to its echo (their own entry, sent to all their connections and to no one else). Every
     * task the hub had queued before (routing, detaching) has run by then. Returns the frames
     * read before the echo.
     */
    List<JsonNode> hubRoundTrip(long userId) {
        send("{\"op\":\"PRESENCE_UPDATE\",\"d\":{\"status\":\"online\"}}");
        List<JsonNode> before = framesUntil(f -> isPresence(f, userId, "online"));
        return before.subList(0, before.size() - 1);
    }

    static boolean isPresence(JsonNode frame, long userId, String status) {
        return frame.path("op").asString().equals("PRESENCE_UPDATE")
                && frame.path("d").path("user_id").asString().equals(Long.toString(userId))
                && frame.path("d").path("status").asString().equals(status);
    }

    /** HELLO, IDENTIFY, READY: returns READY's payload. */
    JsonNode ready(String token) {
        assertThat(next().path("op").asString()).isEqualTo("HELLO");
        identify(token);
        return expect("READY").get("d");
    }

    JsonNode next() {
        try {
            JsonNode frame = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(frame).as("a frame within " + WAIT).isNotNull();
            return frame;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next frame, which must have this op. */
    JsonNode expect(String op) {
        JsonNode frame = next();
        assertThat(frame.path("op").asString()).as("op of " + frame).isEqualTo(op);
        return frame;
    }

    /** The next frames up to and including the first that satisfies {@code until}. */
    List<JsonNode> framesUntil(Predicate<JsonNode> until) {
        List<JsonNode> seen = new ArrayList<>();
        JsonNode frame;
        do {
            frame = next();
            seen.add(frame);
        } while (!until.test(frame));
        return seen;
    }

    /** The next DISPATCH frames until one satisfies {@code until}, skipping other ops. */
    List<JsonNode> dispatchesUntil(Predicate<JsonNode> until) {
        return framesUntil(f -> isDispatch(f) && until.test(f)).stream().filter(WsClient::isDispatch).toList();
    }

    private static boolean isDispatch(JsonNode frame) {
        return frame.path("op").asString().equals("DISPATCH");
    }

    /** Frames received so far and not yet read. */
    List<JsonNode> drain() {
        List<JsonNode> out = new ArrayList<>();
        frames.drainTo(out);
        return out;
    }

    int closeCode() {
        return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    void abort() {
        socket.abort();
    }

    void closeWith(int code) {
        socket.sendClose(code, "bye").join();
    }

    @Override
    public void close() {
        socket.abort();
    }
}
