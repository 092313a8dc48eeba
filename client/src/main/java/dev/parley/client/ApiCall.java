package dev.parley.client;

/**
 * One HTTP request before credentials are attached: {@code body} is already serialized (null for
 * none) so the call can be sent again unchanged after a token refresh. {@code authenticated}
 * calls carry the client's bearer token when it has one; the others never do.
 */
record ApiCall(String method, String path, String body, String contentType, boolean authenticated) {
    static final String JSON = "application/json";

    static ApiCall get(String path) {
        return new ApiCall("GET", path, null, null, true);
    }

    static ApiCall delete(String path) {
        return new ApiCall("DELETE", path, null, null, true);
    }

    static ApiCall post(String path) {
        return new ApiCall("POST", path, null, null, true);
    }

    static ApiCall post(String path, Object body) {
        return withJson("POST", path, body);
    }

    static ApiCall put(String path) {
        return new ApiCall("PUT", path, null, null, true);
    }

    static ApiCall put(String path, Object body) {
        return withJson("PUT", path, body);
    }

    static ApiCall patch(String path, Object body) {
        return withJson("PATCH", path, body);
    }

    static ApiCall delete(String path, Object body) {
        return withJson("DELETE", path, body);
    }

    /** The same call sent without credentials, for the endpoints that take none. */
    ApiCall anonymous() {
        return new ApiCall(method, path, body, contentType, false);
    }

    private static ApiCall withJson(String method, String path, Object body) {
        return new ApiCall(method, path, ParleyJson.write(body), JSON, true);
    }
}
