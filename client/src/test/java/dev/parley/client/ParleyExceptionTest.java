package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.protocol.error.Problem;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every non-2xx answer becomes a ParleyException carrying a problem, parsed or synthetic. */
class ParleyExceptionTest {

    private static ParleyException failureOf(FakeServer server) {
        return catchThrowableOfType(ParleyException.class, () -> server.client().communities().get(1));
    }

    @Test
    void carries_the_problem_details_the_server_sent() {
        try (FakeServer server = FakeServer.start()) {
            server.reply(403, """
                    {"type":"https://parley.dev/problems/missing-permission","title":"You lack a permission this action needs.",
                     "status":403,"detail":"manage_channels is needed","code":"missing_permission",
                     "instance":"/api/v1/communities/1","trace_id":"abc"}""", Map.of("Content-Type", "application/problem+json"));

            ParleyException failure = failureOf(server);

            assertThat(failure.status()).isEqualTo(403);
            assertThat(failure.code()).isEqualTo("missing_permission");
            assertThat(failure.problem().detail()).isEqualTo("manage_channels is needed");
            assertThat(failure.problem().instance()).isEqualTo("/api/v1/communities/1");
            assertThat(failure.problem().errors()).isEmpty();
            assertThat(failure.retryAfterSeconds()).isEmpty();
            assertThat(failure).hasMessageContaining("GET /api/v1/communities/1")
                    .hasMessageContaining("403 missing_permission")
                    .hasMessageContaining("manage_channels is needed");
        }
    }

    @Test
    void carries_field_errors_of_a_validation_failure() {
        try (FakeServer server = FakeServer.start()) {
            server.reply(400, """
                    {"title":"The request is not valid.","status":400,"code":"validation_failed",
                     "errors":[{"field":"name","message":"must not be blank"}]}""");

            ParleyException failure = failureOf(server);

            assertThat(failure.code()).isEqualTo("validation_failed");
            assertThat(failure.problem().errors()).containsExactly(new Problem.FieldError("name", "must not be blank"));
        }
    }

    @Test
    void synthesizes_a_problem_when_the_body_is_not_problem_json() {
        try (FakeServer server = FakeServer.start()) {
            server.reply(502, "<html><body>Bad Gateway</body></html>", Map.of("Content-Type", "text/html"));

            ParleyException failure = failureOf(server);

            assertThat(failure.status()).isEqualTo(502);
            assertThat(failure.code()).isEqualTo("http_502");
            assertThat(failure.problem().status()).isEqualTo(502);
            assertThat(failure.problem().type()).isEqualTo("about:blank");
            assertThat(failure.problem().detail()).contains("Bad Gateway");
        }
    }

    @Test
    void synthesizes_a_problem_for_an_empty_body_or_json_that_is_not_a_problem() {
        try (FakeServer server = FakeServer.start()) {
            server.reply(500, "").reply(404, "{\"error\":\"nope\"}").reply(404, "[1,2]");

            assertThat(failureOf(server).code()).isEqualTo("http_500");
            assertThat(failureOf(server).code()).isEqualTo("http_404");
            assertThat(failureOf(server).code()).isEqualTo("http_404");
        }
    }

    @Test
    void a_problem_without_code_or_status_is_completed_from_the_response() {
        try (FakeServer server = FakeServer.start()) {
            server.reply(404, "{\"title\":\"Not Found\"}");

            ParleyException failure = failureOf(server);

            assertThat(failure.code()).isEqualTo("http_404");
            assertThat(failure.problem().status()).isEqualTo(404);
            assertThat(failure.problem().title()).isEqualTo("Not Found");
        }
    }

    @Test
    void retry_after_comes_from_the_problem_first_then_the_header() {
        try (FakeServer server = FakeServer.start()) {
            server.reply(429, "{\"code\":\"rate_limited\",\"status\":429,\"retry_after_seconds\":7}", Map.of("Retry-After", "99"));
            server.reply(429, "{\"code\":\"rate_limited\",\"status\":429}", Map.of("Retry-After", "12"));
            server.reply(429, "{\"code\":\"rate_limited\",\"status\":429}", Map.of("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"));

            assertThat(failureOf(server).retryAfterSeconds()).hasValue(7);
            assertThat(failureOf(server).retryAfterSeconds()).hasValue(12);
            assertThat(failureOf(server).retryAfterSeconds()).isEmpty();
        }
    }

    @Test
    void void_calls_fail_the_same_way() {
        try (FakeServer server = FakeServer.start()) {
            server.replyProblem(409, "owner_cannot_leave");

            ParleyException failure = catchThrowableOfType(ParleyException.class, () -> server.client().members().leave(1));

            assertThat(failure.status()).isEqualTo(409);
            assertThat(failure.code()).isEqualTo("owner_cannot_leave");
        }
    }
}
