package dev.parley.server;

import dev.parley.core.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * A gateway client that behaves as gateway.md §10 asks of a real one, for failure tests: it
 * identifies on one gateway, processes dispatches in order (a duplicate {@code s} is dropped, a gap
 * is recorded as a failure), acknowledges with a heartbeat on request, and when its connection
 * drops it RESUMEs on the gateway it is told to use next. It keeps the ids of the messages created
 * in each channel, in the order received, and counts RESUMED and RESYNC answers.
 */
final class ResumingClient implements WebSocket.Listener, AutoCloseable {
    private final String token;
    private final StringBuilder partial = new StringBuilder();
    /** Message ids per channel id, in the order their {@code message_created} dispatches were processed. */
    private final java.util.Map<Long, List<Long>> created = new java.util.HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private String sessionId;
    private long lastS;
    private int resumed;
    private int resyncs;
    private volatile boolean live;
    private volatile WebSocket socket;
    private volatile CompletableFuture<Void> dropped = new CompletableFuture<>();

    private ResumingClient(String token) {
        this.token = token;
    }

    /** A client that has received READY on the gateway at {@code port}. */
    static ResumingClient identify(int port, String token) throws Exception {
        ResumingClient client = new ResumingClient(token);
        client.open(port);
        client.socket.sendText("{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + token + "\"}}", true).get(10, TimeUnit.SECONDS);
        return client;
    }

    /** Reconnects to the gateway at {@code port} and sends RESUME with the session and the last {@code s} processed. */
    void resumeOn(int port) throws Exception {
        String resume;
        synchronized (this) { // never held while waiting: the socket's threads process frames under it
            resume = "{\"op\":\"RESUME\",\"d\":{\"token\":\"" + token + "\",\"session_id\":\"" + sessionId
                    + "\",\"seq\":" + lastS + "}}";
        }
        open(port);
        socket.sendText(resume, true).get(10, TimeUnit.SECONDS);
    }

    private void open(int port) throws Exception {
        live = false;
        dropped = new CompletableFuture<>();
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/gateway"), this).get(10, TimeUnit.SECONDS);
    }

    /** Acknowledges what it processed (a HEARTBEAT with the last {@code s}), if it is live. */
    void heartbeat() {
        WebSocket current = socket;
        long s;
        synchronized (this) {
            s = lastS;
        }
        if (live) {
            current.sendText("{\"op\":\"HEARTBEAT\",\"d\":{\"seq\":" + s + "}}", true);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            process(Json.mapper().readTree(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    private synchronized void process(JsonNode frame) {
        switch (frame.path("op").asString()) {
            case "READY" -> {
                sessionId = frame.path("d").path("session_id").asString();
                live = true;
            }
            case "RESUMED" -> {
                resumed++;
                live = true;
            }
            case "RESYNC" -> {
                resyncs++;
                failures.add("RESYNC " + frame.path("d").path("reason").asString());
            }
            case "DISPATCH" -> {
                long s = frame.path("s").asLong();
                if (s <= lastS) {
                    return; // already processed: a replay of it
                }
                if (s != lastS + 1) {
                    failures.add("gap: s " + s + " after " + lastS);
                }
                lastS = s;
                if (frame.path("t").asString().equals("message_created")) {
                    JsonNode message = frame.path("d").path("message");
                    created.computeIfAbsent(message.path("channel_id").asLong(), c -> new ArrayList<>())
                            .add(message.path("id").asLong());
                }
            }
            default -> { }
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        drop(webSocket);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        drop(webSocket);
    }

    private void drop(WebSocket which) {
        if (which == socket) {
            live = false;
            dropped.complete(null);
        }
    }

    /** Completes when the current connection ends (closed by the server, or cut). */
    CompletableFuture<Void> dropped() {
        return dropped;
    }

    /** Records a failure the test found outside the frames (a reconnect that could not be made). */
    synchronized void failed(String failure) {
        failures.add(failure);
    }

    synchronized List<Long> createdIn(long channelId) {
        return List.copyOf(created.getOrDefault(channelId, List.of()));
    }

    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    synchronized int resumed() {
        return resumed;
    }

    synchronized int resyncs() {
        return resyncs;
    }

    boolean live() {
        return live;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
