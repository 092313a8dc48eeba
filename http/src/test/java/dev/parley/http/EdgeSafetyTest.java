package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.http.support.Account;
import dev.parley.http.support.Api;
import dev.parley.http.support.Res;
import dev.parley.http.support.SwitchableStorage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the edge promises whatever happens behind it: a lost database is 503, a bug is a bare 500,
 * neither leaks internals, health needs no database, a slow database never stalls the event
 * loop, and every answer carries the security headers.
 */
class EdgeSafetyTest extends RestFlowBase {
    private Account alice;


    @BeforeEach
    void databaseUp() {
        server.storage.set(SwitchableStorage.Mode.UP);
        alice = api.newAccount("edge");
    }

    @Test
    void lostDatabaseIs503AndHidesWhy() {
        Api.expect(api.get("/ready", null), 200);
        server.storage.set(SwitchableStorage.Mode.UNAVAILABLE);
        Res res = api.get("/api/v1/communities", alice.token());
        assertThat(res.status()).isEqualTo(503);
        assertThat(res.code()).isEqualTo("unavailable");
        assertThat(res.body()).doesNotContain("secret", "hunter2");
        Res ready = api.get("/ready", null);
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(ready.code()).isEqualTo("unavailable");
        assertThat(Api.expect(api.get("/health", null), 200).body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void unexpectedErrorIs500AndHidesWhy() {
        server.storage.set(SwitchableStorage.Mode.BROKEN);
        Res res = api.send("POST", "/api/v1/communities", alice.token(), Map.of("name", "Boom"));
        assertThat(res.status()).isEqualTo(500);
        assertThat(res.code()).isEqualTo("internal");
        assertThat(res.body()).doesNotContain("secret", "hunter2", "Exception", "dev.parley");
        assertThat(res.str("detail")).startsWith("Something went wrong on the server; reference ");
    }

    @Test
    void handlersBlockedInStorageDoNotHoldUpTheEventLoop() throws Exception {
        int blocked = 4 * Runtime.getRuntime().availableProcessors() + 1;
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest slow = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/api/v1/communities"))
                .header("Authorization", "Bearer " + alice.token()).build();
        server.storage.hold();
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        try {
            for (int i = 0; i < blocked; i++) {
                pending.add(client.sendAsync(slow, HttpResponse.BodyHandlers.ofString()));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> server.storage.waiting() == blocked);
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/health"))
                    .timeout(Duration.ofSeconds(2)).build();
            assertThat(client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(pending).noneMatch(CompletableFuture::isDone);
        } finally {
            server.storage.release();
        }
        for (var response : pending) {
            assertThat(response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void securityHeadersOnEveryKindOfAnswer() {
        for (Res res : new Res[] {api.get("/api/v1/users/@me", alice.token()), api.get("/api/v1/users/@me", null),
                api.get("/api/v1/nowhere", null), api.send("PUT", "/api/v1/communities", alice.token(), Map.of())}) {
            assertThat(res.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(res.header("Cache-Control")).isEqualTo("no-store");
            assertThat(res.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(res.header("X-Frame-Options")).isEqualTo("DENY");
        }
        Res health = api.get("/health", null);
        assertThat(health.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(health.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(health.header("X-Frame-Options")).isEqualTo("DENY");
    }
}
