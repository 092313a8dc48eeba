package dev.parley.http.route;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers every response carries, errors included: no MIME sniffing, no referrer, no framing;
 * API answers are never cached (they are per-user and may hold tokens).
 */
public final class SecurityHeaders implements Handler<RoutingContext> {
    @Override
    public void handle(RoutingContext ctx) {
        MultiMap headers = ctx.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        if (ctx.request().path().startsWith("/api/")) {
            headers.set("Cache-Control", "no-store");
        }
        ctx.next();
    }
}
