package dev.parley.http;

import static dev.parley.http.support.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.http.support.Account;
import dev.parley.http.support.Api;
import dev.parley.http.support.Res;
import dev.parley.http.support.Steps;
import dev.parley.http.support.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Accounts, sessions and profiles end to end, over the real server. */
class RestFlowTest extends RestFlowBase {
    private static final String PW2 = "another-long-secret-42";

    @Test
    void registerThenLoginByUsernameOrEmail() {
        String name = Api.uniqueName("reg");
        Res registered = api.send("POST", "/api/v1/auth/register", null,
                Map.of("username", name, "display_name", "  Reg  ", "email", name + "@example.org", "password", Api.PASSWORD));
        expect(registered, 201);
        assertThat(registered.str("id")).matches("[1-9][0-9]*");
        assertThat(registered.str("display_name")).isEqualTo("Reg");
        assertThat(registered.str("created_at")).isEqualTo("2026-06-01T12:00:00Z");
        assertThat(registered.json().path("admin").asBoolean()).isFalse();

        assertThat(api.send("POST", "/api/v1/auth/register", null, Map.of("username", name.toUpperCase(),
                "display_name", "x", "password", Api.PASSWORD)).code()).isEqualTo("username_taken");
        assertThat(api.send("POST", "/api/v1/auth/register", null, Map.of("username", name + "b", "display_name", "x",
                "email", name + "@example.org", "password", Api.PASSWORD)).code()).isEqualTo("email_taken");
        assertThat(api.send("POST", "/api/v1/auth/register", null, Map.of("username", name + "c", "display_name", "x",
                "password", "short")).code()).isEqualTo("password_too_weak");

        for (String login : List.of(name, name + "@example.org")) {
            Res tokens = expect(api.send("POST", "/api/v1/auth/login", null,
                    Map.of("login", login, "password", Api.PASSWORD, "device_name", "laptop")), 200);
            assertThat(tokens.str("token_type")).isEqualTo("Bearer");
            assertThat(tokens.json().path("expires_in").asLong()).isEqualTo(900);
            assertThat(tokens.str("session_id")).matches("[1-9][0-9]*");
            assertThat(tokens.json().path("user").path("id").asString()).isEqualTo(registered.str("id"));
            assertThat(expect(api.get("/api/v1/users/@me", tokens.str("access_token")), 200).str("username")).isEqualTo(name);
        }
        assertThat(api.send("POST", "/api/v1/auth/login", null, Map.of("login", name, "password", PW2)).code())
                .isEqualTo("invalid_credentials");
    }

    @Test
    void refreshRotatesAndReuseRevokesTheSession() {
        Account a = api.newAccount("rot");
        Res first = expect(api.send("POST", "/api/v1/auth/refresh", null, Map.of("refresh_token", a.refreshToken())), 200);
        assertThat(first.str("refresh_token")).isNotEqualTo(a.refreshToken());
        assertThat(first.str("session_id")).isEqualTo(a.sessionId());
        expect(api.get("/api/v1/users/@me", first.str("access_token")), 200);

        Res reused = api.send("POST", "/api/v1/auth/refresh", null, Map.of("refresh_token", a.refreshToken()));
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.code()).isEqualTo("refresh_token_reused");
        assertThat(api.get("/api/v1/users/@me", first.str("access_token")).code()).isEqualTo("token_invalid");
        assertThat(api.send("POST", "/api/v1/auth/refresh", null, Map.of("refresh_token", first.str("refresh_token"))).code())
                .isEqualTo("refresh_token_invalid");
    }

    @Test
    void logoutEndsTheSession() {
        Account a = api.newAccount("out");
        expect(api.send("POST", "/api/v1/auth/logout", a.token(), null), 204);
        assertThat(api.get("/api/v1/users/@me", a.token()).code()).isEqualTo("token_invalid");
    }

    @Test
    void sessionsAreListedAndRevoked() {
        Account s1 = api.newAccount("ses");
        Account s2 = api.login(s1);
        Account s3 = api.login(s1);
        JsonNode list = expect(api.get("/api/v1/auth/sessions", s1.token()), 200).json();
        assertThat(list.size()).isEqualTo(3);
        list.forEach(s -> assertThat(s.path("current").asBoolean()).isEqualTo(s.path("id").asString().equals(s1.sessionId())));

        expect(api.delete("/api/v1/auth/sessions/" + s2.sessionId(), s1.token()), 204);
        assertThat(api.get("/api/v1/users/@me", s2.token()).code()).isEqualTo("token_invalid");
        assertThat(expect(api.get("/api/v1/auth/sessions", s1.token()), 200).json().size()).isEqualTo(2);

        Account stranger = api.newAccount("ses-other");
        assertThat(api.delete("/api/v1/auth/sessions/" + stranger.sessionId(), s1.token()).status()).isEqualTo(404);

        expect(api.send("POST", "/api/v1/auth/sessions/revoke-others", s1.token(), null), 204);
        assertThat(api.get("/api/v1/users/@me", s3.token()).code()).isEqualTo("token_invalid");
        assertThat(expect(api.get("/api/v1/auth/sessions", s1.token()), 200).json().size()).isEqualTo(1);
        expect(api.get("/api/v1/users/@me", stranger.token()), 200);
    }

    @Test
    void passwordChangeRevokesOtherSessions() {
        Account a = api.newAccount("pw");
        Account other = api.login(a);
        assertThat(api.send("POST", "/api/v1/auth/password", a.token(),
                Map.of("current_password", PW2, "new_password", PW2)).code()).isEqualTo("invalid_credentials");
        expect(api.send("POST", "/api/v1/auth/password", a.token(),
                Map.of("current_password", Api.PASSWORD, "new_password", PW2)), 204);
        assertThat(api.get("/api/v1/users/@me", other.token()).code()).isEqualTo("token_invalid");
        expect(api.get("/api/v1/users/@me", a.token()), 200);
        assertThat(api.send("POST", "/api/v1/auth/login", null, Map.of("login", a.username(), "password", Api.PASSWORD))
                .code()).isEqualTo("invalid_credentials");
        expect(api.send("POST", "/api/v1/auth/login", null, Map.of("login", a.username(), "password", PW2)), 200);
    }

    @Test
    void deletingAnAccountLeavesATombstone() {
        Account owner = api.newAccount("del-owner");
        Account doomed = api.newAccount("del");
        String cid = steps.community(owner, "Doomed club");
        steps.join(owner, cid, doomed);
        assertThat(api.send("DELETE", "/api/v1/users/@me", owner.token(), Map.of("password", Api.PASSWORD)).code())
                .isEqualTo("conflict");
        assertThat(api.send("DELETE", "/api/v1/users/@me", doomed.token(), Map.of("password", PW2)).code())
                .isEqualTo("invalid_credentials");

        expect(api.send("DELETE", "/api/v1/users/@me", doomed.token(), Map.of("password", Api.PASSWORD)), 204);
        assertThat(api.get("/api/v1/users/@me", doomed.token()).code()).isEqualTo("token_invalid");
        Res tombstone = expect(api.get("/api/v1/users/" + doomed.id(), owner.token()), 200);
        assertThat(tombstone.json().path("deleted").asBoolean()).isTrue();
        assertThat(tombstone.str("username")).isEqualTo("deleted-" + doomed.id());
        assertThat(api.get("/api/v1/communities/" + cid + "/members/" + doomed.id(), owner.token()).status()).isEqualTo(404);
        assertThat(expect(api.get("/api/v1/communities/" + cid, owner.token()), 200).json().path("member_count").asInt())
                .isEqualTo(1);
    }

    @Test
    void profilesAreEditedAndReadByOthers() {
        Account me = api.newAccount("prof");
        Account viewer = api.newAccount("viewer");
        Res updated = expect(api.send("PATCH", "/api/v1/users/@me", me.token(), Map.of("display_name", "Pat",
                "bio", "Hello\nworld", "pronouns", "they/them", "accent_color", 0x336699)), 200);
        assertThat(updated.str("display_name")).isEqualTo("Pat");
        assertThat(updated.json().path("accent_color").asInt()).isEqualTo(0x336699);

        Res seen = expect(api.get("/api/v1/users/" + me.id(), viewer.token()), 200);
        assertThat(seen.str("bio")).isEqualTo("Hello\nworld");
        assertThat(seen.json().has("email")).isFalse();
        assertThat(expect(api.get("/api/v1/users/by-username/" + me.username(), viewer.token()), 200).str("id"))
                .isEqualTo(me.id());
        assertThat(api.get("/api/v1/users/by-username/nobody-at-all", viewer.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/users/999999", viewer.token()).status()).isEqualTo(404);

        Res cleared = expect(api.send("PATCH", "/api/v1/users/@me", me.token(), Map.of("clear", List.of("bio", "pronouns"))), 200);
        assertThat(cleared.json().has("bio")).isFalse();
        assertThat(cleared.json().has("pronouns")).isFalse();
        assertThat(cleared.str("display_name")).isEqualTo("Pat");
    }

    @Test
    void loginIsRateLimitedWithRetryAfter() {
        try (TestServer strict = TestServer.start(TestServer.limits(3, 100, 100_000))) {
            Account a = strict.http.newAccount("limited");
            Map<String, String> wrong = Map.of("login", a.username(), "password", PW2);
            for (int i = 0; i < 2; i++) {
                assertThat(strict.http.send("POST", "/api/v1/auth/login", null, wrong).code()).isEqualTo("invalid_credentials");
            }
            Res limited = strict.http.send("POST", "/api/v1/auth/login", null, wrong);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.code()).isEqualTo("rate_limited");
            long retryAfter = limited.json().path("retry_after_seconds").asLong();
            assertThat(retryAfter).isPositive();
            assertThat(limited.header("Retry-After")).isEqualTo(Long.toString(retryAfter));

            strict.clock.advance(Duration.ofSeconds(retryAfter));
            expect(strict.http.send("POST", "/api/v1/auth/login", null,
                    Map.of("login", a.username(), "password", Api.PASSWORD)), 200);
        }
    }

    @Test
    void registrationIsRateLimitedPerClientIp() {
        try (TestServer strict = TestServer.start(TestServer.limits(1_000, 100_000, 2))) {
            for (String name : List.of("first", "second")) {
                expect(strict.http.send("POST", "/api/v1/auth/register", null,
                        Map.of("username", name, "display_name", name, "password", Api.PASSWORD)), 201);
            }
            Res limited = strict.http.send("POST", "/api/v1/auth/register", null,
                    Map.of("username", "third", "display_name", "third", "password", Api.PASSWORD));
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.code()).isEqualTo("rate_limited");
            assertThat(limited.header("Retry-After")).isNotBlank();
        }
    }
}
