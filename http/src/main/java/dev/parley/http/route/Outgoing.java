package dev.parley.http.route;

import dev.parley.core.json.Json;
import dev.parley.http.problem.ProblemResponse;
import java.util.Map;

/** A finished response, ready to write on the event loop. {@code body} is null for none. */
public record Outgoing(int status, Map<String, String> headers, String contentType, byte[] body) {
    public static final String JSON = "application/json";

    public static Outgoing success(int status, Object value) {
        if (status == 204) {
            return new Outgoing(204, Map.of(), null, null);
        }
        if (value == null) {
            throw new IllegalStateException("a " + status + " answer needs a body");
        }
        return new Outgoing(status, Map.of(), JSON, Json.write(value));
    }

    public static Outgoing problem(ProblemResponse response) {
        return new Outgoing(response.status(), response.headers(), ProblemResponse.MEDIA_TYPE, Json.write(response.problem()));
    }
}
