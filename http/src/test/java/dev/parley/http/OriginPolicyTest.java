package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.http.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Browser origins: own and listed origins may call the API; any other is refused before the route runs. */
class OriginPolicyTest {
    private static TestServer server;
    private static final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(String method, String path, String origin, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.http.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (origin != null) {
            request.header("Origin", origin);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String register(String username) {
        return "{\"username\":\"" + username + "\",\"display_name\":\"X\",\"password\":\"a long enough passphrase\"}";
    }

    @Test
    void requests_without_an_origin_or_from_the_same_origin_pass() throws Exception {
        assertThat(send("GET", "/health", null, null).statusCode()).isEqualTo(200);
        HttpResponse<String> same = send("GET", "/health", "http://127.0.0.1:" + server.http.port(), null);
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(same.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void a_listed_origin_gets_cors_headers_and_preflight_answers() throws Exception {
        HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.http.port() + "/api/v1/auth/register"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", TestServer.TRUSTED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(TestServer.TRUSTED_ORIGIN);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()).contains("Authorization");

        HttpResponse<String> created = send("POST", "/api/v1/auth/register", TestServer.TRUSTED_ORIGIN, register("corsfriend"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Access-Control-Allow-Origin")).contains(TestServer.TRUSTED_ORIGIN);
        assertThat(created.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void another_origin_is_refused_and_changes_nothing() throws Exception {
        HttpResponse<String> refused = send("POST", "/api/v1/auth/register", "https://evil.example", register("victim"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"code\":\"origin_not_allowed\"");
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(send("POST", "/api/v1/auth/register", null, register("victim")).statusCode())
                .as("the refused registration left the username free").isEqualTo(201);
    }
}
