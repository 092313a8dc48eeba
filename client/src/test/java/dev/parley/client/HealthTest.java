package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void probes_answer_true_on_2xx_and_false_otherwise() {
        try (FakeServer server = FakeServer.start()) {
            server.reply(200, "{\"status\":\"up\"}").reply(503, "{\"status\":\"down\"}");
            ParleyClient client = server.client().withToken("tok");

            assertThat(client.health()).isTrue();
            assertThat(client.ready()).isFalse();
            assertThat(server.requests()).extracting(seen -> seen.method() + " " + seen.target())
                    .containsExactly("GET /health", "GET /ready");
            assertThat(server.last().header("Authorization")).isNull();
        }
    }

    @Test
    void an_unreachable_server_is_neither_healthy_nor_ready() {
        URI gone;
        try (FakeServer server = FakeServer.start()) {
            gone = server.url();
        }
        ParleyClient client = ParleyClient.connect(gone);

        assertThat(client.health()).isFalse();
        assertThat(client.ready()).isFalse();
    }
}
