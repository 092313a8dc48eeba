package dev.parley.client;

import dev.parley.protocol.error.Problem;
import java.util.OptionalLong;

/**
 * The server answered a call with a status outside 2xx. {@link #problem()} is the RFC 9457 body,
 * or, when the body was not problem JSON (a proxy's error page, an empty body), a synthetic
 * problem whose code is {@code http_<status>}. Switch on {@link #code()}, never on the message.
 *
 * <p>Transport failures are not this exception: they surface as {@link java.io.UncheckedIOException}.
 */
public final class ParleyException extends RuntimeException {
    private final int status;
    private final Problem problem;

    ParleyException(String method, String path, int status, Problem problem) {
        super(method + " " + path + " -> " + status + " " + codeOf(status, problem) + describe(problem));
        this.status = status;
        this.problem = problem;
    }

    /** The HTTP status of the response. */
    public int status() {
        return status;
    }

    /** The problem details the server sent, or a synthetic one; never null. */
    public Problem problem() {
        return problem;
    }

    /** The stable machine code, e.g. {@code missing_permission}; never null. */
    public String code() {
        return codeOf(status, problem);
    }

    /** How long the server asked to wait: the problem's {@code retry_after_seconds}, else the Retry-After header. */
    public OptionalLong retryAfterSeconds() {
        Long seconds = problem.retryAfterSeconds();
        return seconds == null ? OptionalLong.empty() : OptionalLong.of(seconds);
    }

    private static String codeOf(int status, Problem problem) {
        return problem.code() != null ? problem.code() : Problems.syntheticCode(status);
    }

    private static String describe(Problem problem) {
        String text = problem.detail() != null ? problem.detail() : problem.title();
        return text == null ? "" : ": " + text;
    }
}
