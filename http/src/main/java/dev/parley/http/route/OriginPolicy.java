package dev.parley.http.route;

import dev.parley.core.Failure;
import dev.parley.http.problem.Problems;
import dev.parley.protocol.error.ErrorCode;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which browser origins may call the API. A request without {@code Origin} (curl, SDKs, servers)
 * and a same-origin request (its {@code Origin} equals the scheme and {@code Host} it was sent to)
 * pass untouched. A listed origin gets CORS headers, including answers to preflight
 * {@code OPTIONS}. Any other origin is refused with 403 {@code origin_not_allowed} before the
 * route runs, so a hostile page cannot make a victim's browser act on the API. Credentials are
 * bearer tokens, never cookies, so {@code Access-Control-Allow-Credentials} is never sent.
 */
public final class OriginPolicy implements Handler<RoutingContext> {
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type";
    private static final String EXPOSED_HEADERS = "Retry-After, WWW-Authenticate, Location";
    private static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
    private static final int PREFLIGHT_MAX_AGE_SECONDS = 600;

    private final Set<String> allowed;

    public OriginPolicy(List<String> allowedOrigins) {
        this.allowed = Set.copyOf(allowedOrigins.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList());
    }

    @Override
    public void handle(RoutingContext ctx) {
        String origin = ctx.request().getHeader("Origin");
        if (origin == null || sameOrigin(ctx, origin)) {
            ctx.next();
            return;
        }
        if (!allowed.contains(origin.toLowerCase(Locale.ROOT))) {
            RouterFactory.write(ctx, Outgoing.problem(Problems.from(
                    Failure.of(ErrorCode.ORIGIN_NOT_ALLOWED, "Origin " + origin + " may not call this API."),
                    ctx.request().path())));
            return;
        }
        MultiMap headers = ctx.response().headers();
        headers.set("Access-Control-Allow-Origin", origin);
        headers.add("Vary", "Origin");
        headers.set("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        if (ctx.request().method() == HttpMethod.OPTIONS && ctx.request().getHeader("Access-Control-Request-Method") != null) {
            headers.set("Access-Control-Allow-Methods", ALLOWED_METHODS);
            headers.set("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            headers.set("Access-Control-Max-Age", Integer.toString(PREFLIGHT_MAX_AGE_SECONDS));
            ctx.response().setStatusCode(204).end();
            return;
        }
        ctx.next();
    }

    private static boolean sameOrigin(RoutingContext ctx, String origin) {
        String host = ctx.request().authority() == null ? null : ctx.request().authority().toString();
        if (host == null) {
            return false;
        }
        String scheme = ctx.request().isSSL() ? "https" : "http";
        return origin.equalsIgnoreCase(scheme + "://" + host);
    }
}
