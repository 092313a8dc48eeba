package dev.parley.http.problem;

import dev.parley.protocol.error.Problem;
import java.util.LinkedHashMap;
import java.util.Map;

/** A problem body and the headers that go with it (Retry-After, WWW-Authenticate, Allow). */
public record ProblemResponse(Problem problem, Map<String, String> headers) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public ProblemResponse {
        headers = Map.copyOf(headers);
    }

    public int status() {
        return problem.status();
    }

    public ProblemResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ProblemResponse(problem, more);
    }
}
