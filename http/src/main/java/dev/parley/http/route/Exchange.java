package dev.parley.http.route;

import dev.parley.core.Caller;
import dev.parley.core.Failure;
import dev.parley.core.json.Json;
import dev.parley.http.problem.Problems;
import dev.parley.protocol.error.ErrorCode;

/**
 * Runs one route on one request, off the event loop, and never throws: authenticate (when the
 * route requires it), check the path parameters, read the body, call the handler, encode the
 * answer; any exception becomes a problem through {@link Problems}. The order is deliberate:
 * an anonymous caller learns nothing about ids or bodies.
 */
public final class Exchange {
    private static final byte[] EMPTY_OBJECT = {'{', '}'};
    private final Bearer bearer;

    public Exchange(Bearer bearer) {
        this.bearer = bearer;
    }

    public Outgoing run(Route route, Incoming in) {
        try {
            Caller caller = route.authenticated() ? bearer.authenticate(in.authorization(), in.ip()) : null;
            for (String param : route.template().params()) {
                ParamKind.of(param).check(param, in.pathParams().get(param));
            }
            Object body = body(route, in);
            Object result = route.action().run(new HttpCall(caller, in), body);
            return Outgoing.success(route.out().status(), result);
        } catch (Throwable error) {
            return Outgoing.problem(Problems.from(error, in.path()));
        }
    }

    private static Object body(Route route, Incoming in) {
        if (route.body() == null) {
            return null;
        }
        boolean empty = in.body().length == 0;
        if (empty && route.emptyBodyAllowed()) {
            return Json.read(EMPTY_OBJECT, route.body());
        }
        if (!MediaTypes.isJson(in.contentType())) {
            throw Failure.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
        }
        if (empty) {
            throw Failure.of(ErrorCode.MALFORMED_JSON, "The body is empty; send a JSON object.");
        }
        return Json.read(in.body(), route.body());
    }
}
