package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.auth.AccessTokens;
import dev.parley.http.support.Account;
import dev.parley.http.support.Api;
import dev.parley.http.support.RawHttp;
import dev.parley.http.support.Res;
import dev.parley.http.support.TestServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a request can be wrong answers an RFC 9457 problem with a stable code, and changes nothing. */
class ProblemDetailsTest extends RestFlowBase {
    private Account alice;
    private String community;


    @BeforeEach
    void freshUser() {
        alice = api.newAccount("alice");
        community = Api.expect(api.send("POST", "/api/v1/communities", alice.token(), Map.of("name", "Cats")), 201).str("id");
    }

    @Test
    void malformedJsonIsAFullProblem() {
        Res res = api.send("POST", "/api/v1/communities", alice.token(), "{\"name\":");
        assertProblem(res, 400, "malformed_json");
        assertThat(res.json().path("type").asString()).isEqualTo("https://parley.dev/problems/malformed-json");
        assertThat(res.json().path("title").asString()).isEqualTo("The body is not valid JSON of the expected shape.");
        assertThat(res.json().path("status").asInt()).isEqualTo(400);
        assertThat(res.json().path("instance").asString()).isEqualTo("/api/v1/communities");
        assertThat(res.str("detail")).startsWith("The body is not valid JSON");
    }

    @Test
    void bodiesBeyondTheParserLimitsAreTheClientsFault() {
        String channels = "/api/v1/communities/" + community + "/channels";
        for (String number : List.of("1".repeat(1001), "1." + "1".repeat(1001), "-" + "9".repeat(5000))) {
            Res res = api.send("POST", channels, alice.token(), "{\"name\":\"big\",\"position\":" + number + "}");
            assertProblem(res, 400, "malformed_json");
            assertThat(res.body()).doesNotContain("Exception", "tools.jackson", "StreamReadConstraints");
        }
    }

    @Test
    void unknownFieldIsNamed() {
        Res res = api.send("POST", "/api/v1/communities", alice.token(), Map.of("name", "Dogs", "colour", "red"));
        assertProblem(res, 400, "unknown_field");
        assertThat(res.str("detail")).contains("colour");
    }

    @Test
    void wrongTypeNamesTheField() {
        Res res = api.send("POST", "/api/v1/communities", alice.token(), "{\"name\":5}");
        assertProblem(res, 400, "malformed_json");
        assertThat(res.str("detail")).isEqualTo("name: must be a string.");
    }

    @Test
    void idsInBodiesMustBeDigitStrings() {
        Res res = api.send("POST", "/api/v1/communities/" + community + "/transfer", alice.token(),
                "{\"new_owner_id\":\"abc\"}");
        assertProblem(res, 400, "malformed_json");
        assertThat(res.str("detail")).isEqualTo("new_owner_id: must be a string of decimal digits.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "1.5", "01", "99999999999999999999", "%40me", "1e3"})
    void malformedPathIds(String id) {
        Res res = api.get("/api/v1/communities/" + id, alice.token());
        assertProblem(res, 400, "malformed_id");
        assertThat(res.str("detail")).isEqualTo("Path parameter cid must be a positive decimal id.");
    }

    @Test
    void malformedUserIdMentionsMe() {
        Res res = api.get("/api/v1/communities/" + community + "/members/me", alice.token());
        assertProblem(res, 400, "malformed_id");
        assertThat(res.str("detail")).isEqualTo("Path parameter uid must be a positive decimal id or @me.");
        Api.expect(api.get("/api/v1/communities/" + community + "/members/@me", alice.token()), 200);
    }

    @Test
    void malformedQueryIdIsAValidationFailure() {
        Res res = api.get("/api/v1/communities/" + community + "/members?after=x", alice.token());
        assertProblem(res, 400, "validation_failed");
        assertThat(res.json().path("errors").get(0).path("field").asString()).isEqualTo("after");
    }

    @Test
    void brokenPercentEncodingIs400() {
        for (String target : List.of("/api/v1/communities/" + community + "/members?after=%zz", "/api/v1/users/by-username/%zz")) {
            String response = RawHttp.get(api.port(), target, alice.token());
            assertThat(response).startsWith("HTTP/1.1 400").contains("application/problem+json");
        }
    }

    @Test
    void oversizedBodyIs413() {
        String big = "{\"name\":\"" + "x".repeat((int) TestServer.MAX_BODY) + "\"}";
        Res res = api.send("POST", "/api/v1/communities", alice.token(), big);
        assertProblem(res, 413, "payload_too_large");
        assertSecurityHeaders(res);
    }

    @ParameterizedTest
    @CsvSource({"HTTP_1_1, false", "HTTP_1_1, true", "HTTP_2, false", "HTTP_2, true"})
    void oversizedBodyIs413OverEitherProtocol(HttpClient.Version version, boolean chunked) throws Exception {
        byte[] big = ("{\"name\":\"" + "x".repeat(64 * (int) TestServer.MAX_BODY) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/communities")).version(version)
                .header("Authorization", "Bearer " + alice.token()).header("Content-Type", "application/json")
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))
                        : HttpRequest.BodyPublishers.ofByteArray(big)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"payload_too_large\"");
        Api.expect(api.get("/api/v1/users/@me", alice.token()), 200);
    }

    @Test
    void wrongOrMissingContentTypeIs415() {
        byte[] body = "{\"name\":\"Dogs\"}".getBytes(StandardCharsets.UTF_8);
        assertProblem(api.raw("POST", "/api/v1/communities", alice.token(), "text/plain", body), 415, "unsupported_media_type");
        assertProblem(api.raw("POST", "/api/v1/communities", alice.token(), null, body), 415, "unsupported_media_type");
        assertProblem(api.raw("POST", "/api/v1/communities", alice.token(), "application/x-www-form-urlencoded",
                "name=Dogs".getBytes(StandardCharsets.UTF_8)), 415, "unsupported_media_type");
        Api.expect(api.raw("POST", "/api/v1/communities", alice.token(), "application/json; charset=utf-8", body), 201);
    }

    @Test
    void emptyBodyWhereOneIsRequired() {
        assertProblem(api.raw("POST", "/api/v1/communities", alice.token(), "application/json", new byte[0]),
                400, "malformed_json");
    }

    @Test
    void unknownRouteIs404() {
        assertProblem(api.get("/api/v1/nothing-here", alice.token()), 404, "not_found");
        assertProblem(api.get("/nothing", null), 404, "not_found");
    }

    @Test
    void knownPathWithWrongMethodIs405() {
        Res res = api.send("PUT", "/api/v1/communities", alice.token(), Map.of());
        assertProblem(res, 405, "method_not_allowed");
        assertThat(res.header("Allow")).isEqualTo("GET, POST");
    }

    @Test
    void missingTokenIs401WithChallenge() {
        Res res = api.get("/api/v1/users/@me", null);
        assertProblem(res, 401, "unauthenticated");
        assertThat(res.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertProblem(api.raw("GET", "/api/v1/users/@me", null, null, null), 401, "unauthenticated");
    }

    @Test
    void otherSchemeIs401() {
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/users/@me"))
                .header("Authorization", "Basic YWxpY2U6cGFzc3dvcmQ=").build();
        assertThat(send(request).statusCode()).isEqualTo(401);
    }

    @Test
    void forgedTokenIsInvalid() {
        AccessTokens forger = new AccessTokens(TestServer.newKey(), TestServer.ISSUER, TestServer.ACCESS_TTL, server.clock);
        String forged = forger.issue(Long.parseLong(alice.id()), Long.parseLong(alice.sessionId()));
        Res res = api.get("/api/v1/users/@me", forged);
        assertProblem(res, 401, "token_invalid");
        assertThat(res.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        assertProblem(api.get("/api/v1/users/@me", "not-a-jwt"), 401, "token_invalid");
    }

    @Test
    void expiredTokenIsExpired() {
        Api.expect(api.get("/api/v1/users/@me", alice.token()), 200);
        server.clock.advance(TestServer.ACCESS_TTL.plusSeconds(1));
        assertProblem(api.get("/api/v1/users/@me", alice.token()), 401, "token_expired");
    }

    @Test
    void rejectedUpdateChangesNothing() {
        String path = "/api/v1/communities/" + community;
        String before = api.get(path, alice.token()).body();
        Res tooShort = api.send("PATCH", path, alice.token(), Map.of("name", "x", "description", "new"));
        assertProblem(tooShort, 400, "validation_failed");
        assertThat(tooShort.json().path("errors").get(0).path("field").asString()).isEqualTo("name");
        assertProblem(api.send("PATCH", path, alice.token(), Map.of("description", "new", "clear", List.of("description"))),
                400, "validation_failed");
        assertProblem(api.send("PATCH", path, alice.token(), Map.of("description", "new", "owner_id", "1")),
                400, "unknown_field");
        assertProblem(api.send("PATCH", path, alice.token(), "{\"description\":\"new\",\"name\":7}"), 400, "malformed_json");
        assertThat(api.get(path, alice.token()).body()).isEqualTo(before);
    }

    private static void assertProblem(Res res, int status, String code) {
        assertThat(res.status()).as(res.toString()).isEqualTo(status);
        assertThat(res.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(res.code()).isEqualTo(code);
        assertThat(res.json().path("status").asInt()).isEqualTo(status);
        assertThat(res.str("type")).isEqualTo("https://parley.dev/problems/" + code.replace('_', '-'));
        assertThat(res.str("title")).isNotBlank();
        assertThat(res.str("detail")).isNotBlank();
        assertThat(res.str("instance")).startsWith("/");
    }

    private static void assertSecurityHeaders(Res res) {
        assertThat(res.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(res.header("Cache-Control")).isEqualTo("no-store");
        assertThat(res.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(res.header("X-Frame-Options")).isEqualTo("DENY");
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.http.port();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
