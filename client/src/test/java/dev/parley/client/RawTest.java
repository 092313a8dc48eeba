package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.community.CommunityView;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** raw() sends exactly what it is given and returns the answer unjudged. */
class RawTest {

    @Test
    void sends_the_body_verbatim_and_returns_an_error_without_throwing() {
        try (FakeServer server = FakeServer.start()) {
            server.replyProblem(400, "malformed_json");

            RawResponse response = server.client().withToken("tok").raw("POST", "/api/v1/communities", "{\"name\": ");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.code()).isEqualTo("malformed_json");
            assertThat(response.header("content-type")).hasValue("application/problem+json");
            FakeServer.Seen seen = server.last();
            assertThat(seen.method() + " " + seen.target()).isEqualTo("POST /api/v1/communities");
            assertThat(seen.body()).isEqualTo("{\"name\": ");
            assertThat(seen.header("Content-Type")).isEqualTo("application/json");
            assertThat(seen.header("Authorization")).isEqualTo("Bearer tok");
        }
    }

    @Test
    void sends_any_content_type_or_none() {
        try (FakeServer server = FakeServer.start()) {
            ParleyClient client = server.client();

            client.raw("POST", "/api/v1/auth/login", "login=alice", "application/x-www-form-urlencoded");
            assertThat(server.last().header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");

            client.raw("POST", "/api/v1/auth/login", "{}", null);
            assertThat(server.last().header("Content-Type")).isNull();
        }
    }

    @Test
    void keeps_the_query_and_reads_a_success_body() {
        try (FakeServer server = FakeServer.start()) {
            server.replyJson("{\"id\":\"1\",\"name\":\"Rust\",\"owner_id\":\"2\",\"member_count\":1}");

            RawResponse response = server.client().raw("GET", "/api/v1/communities/1?x=%20y", null);

            assertThat(server.last().target()).isEqualTo("/api/v1/communities/1?x=%20y");
            assertThat(response.as(CommunityView.class).name()).isEqualTo("Rust");
        }
    }

    @Test
    void paths_are_taken_from_the_server_root() {
        try (FakeServer server = FakeServer.start()) {
            ParleyClient client = ParleyClient.connect(URI.create(server.url() + "/"));

            client.raw("GET", "/api/v1/users/@me", null);

            assertThat(server.last().target()).isEqualTo("/api/v1/users/@me");
            assertThatThrownBy(() -> client.raw("GET", "api/v1/users/@me", null)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
