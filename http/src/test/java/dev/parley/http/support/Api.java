package dev.parley.http.support;

import dev.parley.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP client for tests: JSON in, {@link Res} out. Bodies are Maps (serialized with the
 * server's codec) or raw JSON strings; a null token sends no Authorization header.
 */
public final class Api {
    public static final String PASSWORD = "correct-horse-battery-9";
    private static final AtomicInteger NAMES = new AtomicInteger();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String base;

    public Api(int port) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Res get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Res delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    /** Sends {@code body} (a raw JSON string or an object to serialize; null for none) as application/json. */
    public Res send(String method, String path, String token, Object body) {
        byte[] bytes = body == null ? null
                : body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : Json.write(body);
        return raw(method, path, token, bytes == null ? null : "application/json", bytes);
    }

    public Res raw(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            var response = client.send(request.build(), BodyHandlers.ofString());
            return new Res(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fresh, unique username with the given prefix. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet();
    }

    /** Registers a fresh user and logs them in. */
    public Account newAccount(String prefix) {
        String username = uniqueName(prefix);
        Res registered = send("POST", "/api/v1/auth/register", null,
                Map.of("username", username, "display_name", username, "password", PASSWORD));
        expect(registered, 201);
        return login(new Account(registered.str("id"), username, PASSWORD, null, null, null));
    }

    /** Opens a new session for {@code account}. */
    public Account login(Account account) {
        Res res = send("POST", "/api/v1/auth/login", null,
                Map.of("login", account.username(), "password", account.password()));
        expect(res, 200);
        return account.withSession(res.str("access_token"), res.str("refresh_token"), res.str("session_id"));
    }

    public static Res expect(Res res, int status) {
        if (res.status() != status) {
            throw new AssertionError("expected " + status + " but got " + res);
        }
        return res;
    }
}
