package dev.parley.http.support;

import dev.parley.core.json.Json;
import java.net.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** A response as tests read it: status, headers and the body as JSON (missing when empty). */
public record Res(int status, HttpHeaders headers, String body) {
    public JsonNode json() {
        return body.isEmpty() ? MissingNode.getInstance() : Json.mapper().readTree(body);
    }

    /** A string field of the body. */
    public String str(String field) {
        return json().path(field).asString(null);
    }

    /** The problem code, when the body is a problem. */
    public String code() {
        return str("code");
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
