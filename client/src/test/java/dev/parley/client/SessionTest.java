package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.auth.TokenResponse;
import org.junit.jupiter.api.Test;

/** Which credentials a client holds after each auth call, and which it sends. */
class SessionTest {

    @Test
    void login_stores_the_tokens_and_later_calls_send_the_bearer() {
        try (FakeServer server = FakeServer.start()) {
            server.replyJson(Json.tokens("a1", "r1")).replyJson(Json.USER_SELF);
            ParleyClient client = server.client();

            TokenResponse tokens = client.auth().login("alice", "pw");
            client.users().me();

            assertThat(tokens.sessionId()).isEqualTo(77L);
            assertThat(tokens.user().username()).isEqualTo("alice");
            assertThat(client.tokens()).hasValue(tokens);
            Json.assertSameJson(server.requests().get(0).body(), "{\"login\":\"alice\",\"password\":\"pw\"}");
            assertThat(server.requests().get(0).header("Authorization")).isNull();
            assertThat(server.last().header("Authorization")).isEqualTo("Bearer a1");
        }
    }

    @Test
    void a_failed_login_keeps_the_previous_credentials() {
        try (FakeServer server = FakeServer.start()) {
            server.replyJson(Json.tokens("a1", "r1")).replyProblem(401, "invalid_credentials");
            ParleyClient client = server.client();
            client.auth().login("alice", "pw");

            assertThatThrownBy(() -> client.auth().login("alice", "wrong")).isInstanceOf(ParleyException.class);

            assertThat(client.accessToken()).hasValue("a1");
        }
    }

    @Test
    void explicit_refresh_spends_the_stored_refresh_token() {
        try (FakeServer server = FakeServer.start()) {
            server.replyJson(Json.tokens("a1", "r1")).replyJson(Json.tokens("a2", "r2"));
            ParleyClient client = server.client();
            client.auth().login("alice", "pw");

            client.auth().refresh();

            Json.assertSameJson(server.last().body(), "{\"refresh_token\":\"r1\"}");
            assertThat(client.accessToken()).hasValue("a2");
        }
    }

    @Test
    void explicit_refresh_needs_a_login() {
        try (FakeServer server = FakeServer.start()) {
            assertThatThrownBy(() -> server.client().auth().refresh()).isInstanceOf(IllegalStateException.class);
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void logout_and_account_deletion_forget_the_tokens() {
        try (FakeServer server = FakeServer.start()) {
            server.replyJson(Json.tokens("a1", "r1"));
            ParleyClient client = server.client();
            client.auth().login("alice", "pw");

            client.auth().logout();
            client.auth().revokeOtherSessions();

            assertThat(server.requests().get(1).header("Authorization")).isEqualTo("Bearer a1");
            assertThat(server.last().header("Authorization")).isNull();
            assertThat(client.tokens()).isEmpty();

            server.replyJson(Json.tokens("a2", "r2"));
            client.auth().login("alice", "pw");
            client.users().deleteMe("pw");
            assertThat(client.accessToken()).isEmpty();
        }
    }

    @Test
    void derived_clients_hold_their_own_credentials() {
        try (FakeServer server = FakeServer.start()) {
            server.replyJson(Json.tokens("a1", "r1")).replyJson(Json.tokens("b1", "s1"));
            ParleyClient alice = server.client();
            alice.auth().login("alice", "pw");
            ParleyClient bob = alice.anonymous();
            bob.auth().login("bob", "pw");
            ParleyClient carol = alice.withToken("c1");

            alice.auth().revokeOtherSessions();
            bob.auth().revokeOtherSessions();
            carol.auth().revokeOtherSessions();
            alice.anonymous().auth().revokeOtherSessions();

            assertThat(server.requests().subList(2, server.requests().size())).extracting(seen -> seen.header("Authorization"))
                    .containsExactly("Bearer a1", "Bearer b1", "Bearer c1", null);
            assertThat(carol.tokens()).isEmpty();
            assertThat(carol.accessToken()).hasValue("c1");
        }
    }
}
