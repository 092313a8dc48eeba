package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.protocol.auth.TokenResponse;
import dev.parley.protocol.user.UserSelf;
import org.junit.jupiter.api.Test;

/** A 401 token_expired is cured by one refresh and one retry, never more. */
class TokenRefreshTest {

    /** A client logged in as alice with access token a1 and refresh token r1; the login request is forgotten. */
    private static ParleyClient loggedIn(FakeServer server) {
        server.replyJson(Json.tokens("a1", "r1"));
        ParleyClient client = server.client();
        client.auth().login("alice", "pw");
        return client;
    }

    private static String requestLine(FakeServer.Seen seen) {
        return seen.method() + " " + seen.target() + " " + seen.header("Authorization");
    }

    @Test
    void refreshes_once_then_retries_with_the_new_token() {
        try (FakeServer server = FakeServer.start()) {
            ParleyClient client = loggedIn(server);
            server.replyProblem(401, "token_expired").replyJson(Json.tokens("a2", "r2")).replyJson(Json.USER_SELF);

            UserSelf me = client.users().me();

            assertThat(me.username()).isEqualTo("alice");
            assertThat(server.requests().subList(1, server.requests().size())).extracting(TokenRefreshTest::requestLine).containsExactly(
                    "GET /api/v1/users/@me Bearer a1",
                    "POST /api/v1/auth/refresh null",
                    "GET /api/v1/users/@me Bearer a2");
            Json.assertSameJson(server.requests().get(2).body(), "{\"refresh_token\":\"r1\"}");
            assertThat(client.tokens()).map(TokenResponse::refreshToken).hasValue("r2");
            assertThat(client.accessToken()).hasValue("a2");
        }
    }

    @Test
    void resends_the_same_body_on_the_retry() {
        try (FakeServer server = FakeServer.start()) {
            ParleyClient client = loggedIn(server);
            server.replyProblem(401, "token_expired").replyJson(Json.tokens("a2", "r2")).replyJson("{}");

            client.communities().transfer(1, 2);

            assertThat(server.requests().get(1).body()).isEqualTo(server.requests().get(3).body()).contains("\"2\"");
        }
    }

    @Test
    void does_not_loop_when_the_retry_is_rejected_again() {
        try (FakeServer server = FakeServer.start()) {
            ParleyClient client = loggedIn(server);
            server.replyProblem(401, "token_expired").replyJson(Json.tokens("a2", "r2")).replyProblem(401, "token_expired");

            ParleyException failure = catchThrowableOfType(ParleyException.class, () -> client.users().me());

            assertThat(failure.code()).isEqualTo("token_expired");
            assertThat(server.requests()).hasSize(4);
            assertThat(server.requests()).filteredOn(seen -> seen.target().endsWith("/auth/refresh")).hasSize(1);
        }
    }

    @Test
    void other_401s_are_not_refreshed() {
        try (FakeServer server = FakeServer.start()) {
            ParleyClient client = loggedIn(server);
            server.replyProblem(401, "token_invalid");

            ParleyException failure = catchThrowableOfType(ParleyException.class, () -> client.users().me());

            assertThat(failure.code()).isEqualTo("token_invalid");
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void a_bare_token_cannot_be_refreshed() {
        try (FakeServer server = FakeServer.start()) {
            server.replyProblem(401, "token_expired");

            ParleyException failure = catchThrowableOfType(ParleyException.class,
                    () -> server.client().withToken("old").users().me());

            assertThat(failure.code()).isEqualTo("token_expired");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void a_failed_refresh_leaves_the_original_401_with_the_refresh_failure_suppressed() {
        try (FakeServer server = FakeServer.start()) {
            ParleyClient client = loggedIn(server);
            server.replyProblem(401, "token_expired").replyProblem(401, "refresh_token_reused");

            ParleyException failure = catchThrowableOfType(ParleyException.class, () -> client.users().me());

            assertThat(failure.code()).isEqualTo("token_expired");
            assertThat(failure.getSuppressed()).singleElement()
                    .isInstanceOfSatisfying(ParleyException.class, refresh -> assertThat(refresh.code()).isEqualTo("refresh_token_reused"));
            assertThat(client.accessToken()).hasValue("a1");
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void raw_calls_follow_the_same_rule() {
        try (FakeServer server = FakeServer.start()) {
            ParleyClient client = loggedIn(server);
            server.replyProblem(401, "token_expired").replyJson(Json.tokens("a2", "r2")).replyJson("{}");

            RawResponse response = client.raw("GET", "/api/v1/users/@me", null);

            assertThat(response.status()).isEqualTo(200);
            assertThat(server.last().header("Authorization")).isEqualTo("Bearer a2");
        }
    }

    @Test
    void endpoints_that_take_no_credentials_never_send_them() {
        try (FakeServer server = FakeServer.start()) {
            ParleyClient client = loggedIn(server);
            server.replyJson("{}");

            client.invites().preview("abc");

            assertThat(server.last().header("Authorization")).isNull();
        }
    }
}
