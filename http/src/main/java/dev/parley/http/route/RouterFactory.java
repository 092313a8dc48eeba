package dev.parley.http.route;

import dev.parley.http.problem.Problems;
import dev.parley.core.net.TrustedProxies;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.HttpException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Turns the route table into a Vert.x router. On the event loop it only sets headers, buffers
 * the body (up to the limit), snapshots the request ({@link Incoming}) and writes the finished
 * response; everything else, which may block, runs on {@code workers}.
 */
public final class RouterFactory {
    private RouterFactory() {
    }

    public static Router build(Vertx vertx, List<Route> routes, long maxBodyBytes, List<String> allowedOrigins,
                               TrustedProxies proxies, Exchange exchange, Executor workers) {
        return build(vertx, routes, maxBodyBytes, allowedOrigins, proxies, exchange, workers, Optional.empty());
    }

    /**
     * As above, with {@code pages} (the web client's static files) answering what no route took,
     * before the 404/405 fallback.
     */
    public static Router build(Vertx vertx, List<Route> routes, long maxBodyBytes, List<String> allowedOrigins,
                               TrustedProxies proxies, Exchange exchange, Executor workers,
                               Optional<? extends Handler<RoutingContext>> pages) {
        Router router = Router.router(vertx);
        router.route().handler(new SecurityHeaders());
        router.route().handler(new OriginPolicy(allowedOrigins));
        router.route().handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes));
        for (Route route : routes) {
            router.route(HttpMethod.valueOf(route.method().name()), route.template().vertxPath())
                    .handler(ctx -> dispatch(ctx, route, proxies, exchange, workers));
        }
        pages.ifPresent(handler -> router.route().handler(handler));
        Fallback fallback = new Fallback(routes);
        router.route().handler(ctx -> write(ctx, fallback.answer(ctx.request().method().name(), ctx.request().path())));
        router.route().failureHandler(RouterFactory::failed);
        for (int status : new int[] {400, 404, 405, 413, 415, 500}) {
            // Vert.x's own answers, for failures outside any route (a query string it cannot decode, ...)
            router.errorHandler(status, ctx -> write(ctx, Outgoing.problem(status == 500
                    ? Problems.from(ctx.failure() == null ? new HttpException(500) : ctx.failure(), ctx.request().path())
                    : Problems.forStatus(status, ctx.request().path()))));
        }
        return router;
    }

    private static void dispatch(RoutingContext ctx, Route route, TrustedProxies proxies, Exchange exchange,
                                 Executor workers) {
        Incoming in = Incoming.of(ctx, proxies);
        Context context = ctx.vertx().getOrCreateContext();
        try {
            workers.execute(() -> {
                Outgoing out = exchange.run(route, in);
                context.runOnContext(v -> write(ctx, out));
            });
        } catch (RejectedExecutionException closing) {
            write(ctx, Outgoing.problem(Problems.from(closing, in.path())));
        }
    }

    private static void failed(RoutingContext ctx) {
        Throwable failure = ctx.failure() != null ? ctx.failure() : new HttpException(ctx.statusCode());
        Outgoing out = Outgoing.problem(Problems.from(failure, ctx.request().path()));
        if (out.status() == 413 && ctx.request().version() != HttpVersion.HTTP_2) {
            // the rest of the body was never read: do not leave it in an HTTP/1 connection
            ctx.response().putHeader("Connection", "close");
        }
        write(ctx, out);
    }

    static void write(RoutingContext ctx, Outgoing out) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(out.status());
        out.headers().forEach(response::putHeader);
        if (out.body() == null) {
            response.end();
        } else {
            response.putHeader("Content-Type", out.contentType()).end(Buffer.buffer(out.body()));
        }
    }
}
