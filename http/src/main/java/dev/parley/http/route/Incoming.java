package dev.parley.http.route;

import dev.parley.core.net.TrustedProxies;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable copy of everything a handler may need from a request, taken on the event loop so
 * that the virtual thread running the handler never touches Vert.x objects.
 */
public record Incoming(String path, Map<String, String> pathParams, Map<String, List<String>> query,
                       String authorization, String contentType, byte[] body, String ip) {

    /** {@code ip} is the client's address: the peer's, or the forwarded one when the peer is a trusted proxy. */
    public static Incoming of(RoutingContext ctx, TrustedProxies proxies) {
        Map<String, List<String>> query = new HashMap<>();
        for (String name : ctx.queryParams().names()) {
            query.put(name, List.copyOf(ctx.queryParams().getAll(name)));
        }
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        var remote = ctx.request().remoteAddress();
        return new Incoming(ctx.request().path(), Map.copyOf(ctx.pathParams()), Map.copyOf(query),
                ctx.request().getHeader("Authorization"), ctx.request().getHeader("Content-Type"),
                body == null ? new byte[0] : body.getBytes(),
                remote == null ? "unknown" : proxies.clientAddress(remote.hostAddress(), ctx.request().getHeader("X-Forwarded-For")));
    }
}
