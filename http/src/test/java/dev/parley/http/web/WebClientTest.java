package dev.parley.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.http.HttpConfig;
import dev.parley.http.RestApi;
import dev.parley.http.support.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web client's files over a real server: types, caching, SPA fallback, the API's paths untouched. */
class WebClientTest {
    private static final String GATEWAY = "ws://localhost:8081/gateway";
    private static TestServer backend;
    private static RestApi api;
    private static String base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        backend = TestServer.start();
        var web = WebClient.fromClasspath(WebClientTest.class.getClassLoader(), "web-fixture", GATEWAY).orElseThrow();
        api = new RestApi(backend.useCases, new HttpConfig("127.0.0.1", 0, TestServer.MAX_BODY, "http://localhost:8080",
                List.of(), GATEWAY), java.util.Optional.of(web));
        base = "http://127.0.0.1:" + api.start();
    }

    @AfterAll
    static void stop() {
        api.close();
        backend.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void rootServesIndexUncachedWithAStrictPolicy() throws Exception {
        var response = get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<title>fixture</title>");
        assertThat(response.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(response.headers().firstValue("cache-control")).hasValue("no-cache");
        String csp = response.headers().firstValue("content-security-policy").orElseThrow();
        assertThat(csp).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'",
                "connect-src 'self' ws://localhost:8081").doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void clientRoutesFallBackToIndex() throws Exception {
        for (String path : List.of("/channels/1/2", "/invite/AbC123", "/login")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("<title>fixture</title>");
        }
    }

    @Test
    void hashedAssetsAreImmutableAndTyped() throws Exception {
        var script = get("/assets/app-0123abcd.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("content-type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.headers().firstValue("cache-control")).hasValue("public, max-age=31536000, immutable");
        var icon = get("/favicon.svg");
        assertThat(icon.headers().firstValue("content-type")).hasValue("image/svg+xml");
        assertThat(icon.headers().firstValue("cache-control")).hasValue("no-cache");
    }

    @Test
    void aMatchingEtagAnswersNotModified() throws Exception {
        String etag = get("/").headers().firstValue("etag").orElseThrow();
        var again = http.send(HttpRequest.newBuilder(URI.create(base + "/")).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void missingFilesAndTraversalAre404Problems() throws Exception {
        for (String path : List.of("/assets/nope-1234.js", "/x.css", "/assets/..%2F..%2Fetc%2Fpasswd.txt")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("content-type")).as(path).hasValue("application/problem+json");
        }
    }

    @Test
    void apiAndHealthPathsNeverGetTheFallback() throws Exception {
        assertThat(get("/api/v1/nothing-here").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/nothing-here").body()).contains("\"code\":\"not_found\"");
        assertThat(get("/api").statusCode()).isEqualTo(404);
        assertThat(get("/health").body()).doesNotContain("fixture");
        var post = http.send(HttpRequest.newBuilder(URI.create(base + "/channels/1")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(404);
    }
}
