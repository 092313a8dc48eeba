package dev.parley.http.route;

import java.util.List;

/**
 * One row of the route table: method, path template ({@code /api/v1/channels/{chid}}), whether a
 * bearer token is required, the JSON body it reads (null for none), what it answers, and the
 * handler. Build rows with {@link Verbs}.
 *
 * @param emptyBodyAllowed an empty body reads as {@code {}} (all fields absent)
 * @param query            the query parameters it reads, for the OpenAPI document
 */
public record Route(Method method, PathTemplate template, boolean authenticated, Class<?> body, boolean emptyBodyAllowed,
                    List<QueryParam> query, Out<?> out, Action action) {

    public Route {
        query = List.copyOf(query);
    }

    /** The handler, with its body already decoded to {@link #body()}. */
    @FunctionalInterface
    public interface Action {
        Object run(Call call, Object body);
    }

    /** The same route without authentication: anyone may call it, a token is ignored. */
    public Route open() {
        return new Route(method, template, false, body, emptyBodyAllowed, query, out, action);
    }

    /** The same route, accepting an empty body as an empty object. */
    public Route allowEmptyBody() {
        if (body == null) {
            throw new IllegalStateException(key() + " has no body");
        }
        return new Route(method, template, authenticated, body, true, query, out, action);
    }

    /** The same route, documenting the query parameters its handler reads. */
    public Route withQuery(QueryParam... params) {
        return new Route(method, template, authenticated, body, emptyBodyAllowed, List.of(params), out, action);
    }

    /** The path template as written, {@code /api/v1/channels/{chid}}. */
    public String path() {
        return template.template();
    }

    /** {@code "GET /api/v1/users/@me"}: unique in the table. */
    public String key() {
        return method + " " + path();
    }
}
