package dev.parley.client;

import dev.parley.protocol.error.ErrorCode;
import dev.parley.protocol.error.Problem;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * Reads error responses. A body counts as problem JSON when it is a JSON object naming a
 * {@code code}, {@code type} or {@code title}; anything else becomes a synthetic problem, so
 * callers always get one. The result is completed from the response: a missing status takes the
 * HTTP status, a missing {@code retry_after_seconds} takes the Retry-After header (delta seconds),
 * a missing {@code errors} list becomes empty.
 */
final class Problems {
    private static final int MAX_DETAIL = 500;

    private Problems() {
    }

    static Problem of(HttpResponse<String> response) {
        return of(response.statusCode(), response.headers(), response.body());
    }

    static Problem of(int status, HttpHeaders headers, String body) {
        Problem parsed = parse(body);
        Problem problem = parsed != null ? parsed : synthetic(status, body);
        Long retryAfter = problem.retryAfterSeconds() != null ? problem.retryAfterSeconds() : retryAfterHeader(headers);
        return new Problem(
                problem.type(),
                problem.title(),
                problem.status() != 0 ? problem.status() : status,
                problem.detail(),
                problem.code(),
                problem.instance(),
                problem.errors() != null ? problem.errors() : List.of(),
                retryAfter);
    }

    /** True when the response is the one a fresh access token would cure. */
    static boolean isTokenExpired(HttpResponse<String> response) {
        return response.statusCode() == 401
                && ErrorCode.TOKEN_EXPIRED.code().equals(of(response).code());
    }

    static String syntheticCode(int status) {
        return "http_" + status;
    }

    private static Problem parse(String body) {
        if (body == null || !body.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            Problem problem = ParleyJson.read(body, Problem.class);
            boolean looksLikeProblem = problem.code() != null || problem.type() != null || problem.title() != null;
            return looksLikeProblem ? problem : null;
        } catch (JacksonException notProblemJson) {
            return null;
        }
    }

    private static Problem synthetic(int status, String body) {
        String detail = body == null || body.isBlank() ? null
                : body.length() > MAX_DETAIL ? body.substring(0, MAX_DETAIL) + "…" : body;
        return new Problem("about:blank", "HTTP " + status, status, detail, syntheticCode(status), null, List.of(), null);
    }

    private static Long retryAfterHeader(HttpHeaders headers) {
        return headers.firstValue("Retry-After")
                .map(String::strip)
                .filter(value -> !value.isEmpty() && value.chars().allMatch(Character::isDigit) && value.length() < 19)
                .map(Long::valueOf)
                .orElse(null);
    }
}
