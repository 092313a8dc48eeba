package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input on the gateway (gateway.md §2, §8, §9): each case gets its documented close code or
 * HTTP answer, and a healthy connection next to it is not disturbed.
 */
class GatewayRobustnessTest {
    @TempDir
    static Path dir;
    static GatewayHarness node;
    static GatewayHarness.User user;

    @BeforeAll
    static void start() {
        node = new GatewayHarness(dir, GatewayHarness.config());
        user = node.user("robust");
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @ParameterizedTest(name = "{0} closes with {1}")
    @CsvSource(delimiter = '|', value = {
            "not json                                        | 4002",
            "[1,2]                                           | 4002",
            "{\"d\":{}}                                      | 4002",
            "{\"op\":\"TELEPORT\"}                           | 4001",
            "{\"op\":\"READY\",\"d\":{}}                     | 4001",
            "{\"op\":\"TYPING_START\",\"d\":{\"channel_id\":\"1\"}} | 4003",
            "{\"op\":\"IDENTIFY\",\"d\":{\"tokn\":\"x\"}}    | 4002",
            "{\"op\":\"RESUME\",\"d\":{\"token\":\"x\"}}     | 4002",
            "{\"op\":\"HEARTBEAT\",\"d\":{\"seq\":\"1\"}}    | 4002",
    })
    void badFramesCloseWithTheirCode(String frame, int code) {
        try (WsClient bystander = node.connect(); WsClient c = node.connect()) {
            bystander.ready(user.token());
            c.expect("HELLO");
            c.send(frame);
            assertThat(c.closeCode()).isEqualTo(code);
            bystander.send("{\"op\":\"HEARTBEAT\",\"d\":{\"seq\":null}}");
            assertThat(bystander.expect("HEARTBEAT_ACK")).isNotNull();
        }
    }

    @Test
    void aBadTokenGetsAnErrorFrameThenAuthenticationFailed() {
        try (WsClient c = node.connect()) {
            c.expect("HELLO");
            c.identify("not-a-token");
            assertThat(c.expect("ERROR").path("d").path("code").asString()).isEqualTo("token_invalid");
            assertThat(c.closeCode()).isEqualTo(4004);
        }
    }

    @Test
    void aSecondIdentifyClosesWithAlreadyAuthenticated() {
        try (WsClient c = node.connect()) {
            c.ready(user.token());
            c.identify(user.token());
            assertThat(c.closeCode()).isEqualTo(4005);
        }
    }

    @Test
    void binaryFramesAndOversizedMessagesAreRefused() {
        try (WsClient c = node.connect()) {
            c.expect("HELLO");
            c.sendBinary(new byte[] {1, 2, 3});
            assertThat(c.closeCode()).isEqualTo(4002);
        }
        try (WsClient c = node.connect()) {
            c.expect("HELLO");
            c.send("{\"op\":\"HEARTBEAT\",\"d\":{\"seq\":null},\"x\":\"" + "a".repeat(17_000) + "\"}");
            assertThat(c.closeCode()).isEqualTo(4010);
        }
    }

    @Test
    void heartbeatsAreAcknowledgedWithTheirSeq() {
        try (WsClient c = node.connect()) {
            c.ready(user.token());
            c.send("{\"op\":\"HEARTBEAT\",\"d\":{\"seq\":0}}");
            assertThat(c.expect("HEARTBEAT_ACK").path("d").path("seq").asLong()).isZero();
            c.send("{\"op\":\"HEARTBEAT\",\"d\":{\"seq\":99}}");
            assertThat(c.closeCode()).isEqualTo(4006);
        }
    }

    @Test
    void theHandshakeRefusesOtherPathsPlainRequestsAndForeignOrigins() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port + "/gateway")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(426);
        HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port + "/elsewhere")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.headers().firstValue("content-type")).contains("application/problem+json");
        assertThat(dev.parley.core.json.Json.mapper().readTree(other.body()).path("code").asString()).isEqualTo("not_found");
        assertThat(dev.parley.core.json.Json.mapper().readTree(plain.body()).path("status").asInt()).isEqualTo(426);

        assertThatThrownBy(() -> WsClient.open(node.port, "https://evil.example"))
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode()).isEqualTo(403));
        try (WsClient own = WsClient.open(node.port, GatewayHarness.OWN_ORIGIN);
             WsClient trusted = WsClient.open(node.port, "https://app.example.test")) {
            own.expect("HELLO");
            trusted.expect("HELLO");
        }
    }
}
