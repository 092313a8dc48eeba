package dev.parley.client;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A scripted stand-in for a Parley server on an ephemeral loopback port: it records every request
 * and answers with the queued replies in order, or 204 when the queue is empty. Close it after use.
 */
final class FakeServer implements AutoCloseable {
    /** A request as the server saw it; {@code target} is the raw path plus {@code ?query} if any. */
    record Seen(String method, String target, Headers headers, String body) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    record Reply(int status, String body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();

    private FakeServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static FakeServer start() {
        try {
            return new FakeServer();
        } catch (IOException e) {
            throw new IllegalStateException("cannot bind a loopback port", e);
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    ParleyClient client() {
        return ParleyClient.connect(url());
    }

    FakeServer reply(int status, String body) {
        return reply(status, body, Map.of());
    }

    FakeServer replyJson(String body) {
        return reply(200, body, Map.of("Content-Type", "application/json"));
    }

    FakeServer replyProblem(int status, String code) {
        return reply(status, "{\"type\":\"https://parley.dev/problems/" + code.replace('_', '-') + "\",\"title\":\"t\","
                + "\"status\":" + status + ",\"code\":\"" + code + "\"}", Map.of("Content-Type", "application/problem+json"));
    }

    FakeServer reply(int status, String body, Map<String, String> headers) {
        replies.add(new Reply(status, body, headers));
        return this;
    }

    List<Seen> requests() {
        return List.copyOf(seen);
    }

    Seen last() {
        return seen.getLast();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            String target = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(new Seen(exchange.getRequestMethod(), target, exchange.getRequestHeaders(), body));
            Reply reply = replies.poll();
            if (reply == null) {
                reply = new Reply(204, "", Map.of());
            }
            reply.headers().forEach(exchange.getResponseHeaders()::add);
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
