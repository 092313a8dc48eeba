package dev.parley.client;

import dev.parley.protocol.error.Problem;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** The unjudged answer to {@link ParleyClient#raw}: any status, the headers, the body as text (empty when none). */
public record RawResponse(int status, HttpHeaders headers, String body) {

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The body read as problem details, or a synthetic problem as {@link ParleyException#problem()} gives. */
    public Problem problem() {
        return Problems.of(status, headers, body);
    }

    /** The problem's machine code, e.g. {@code malformed_json}. */
    public String code() {
        Problem problem = problem();
        return problem.code() != null ? problem.code() : Problems.syntheticCode(status);
    }

    /** The body read as {@code type} with the SDK's JSON rules. */
    public <T> T as(Class<T> type) {
        return ParleyJson.read(body, type);
    }
}
