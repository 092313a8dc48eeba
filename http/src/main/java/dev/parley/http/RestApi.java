package dev.parley.http;

import dev.parley.core.UseCases;
import dev.parley.http.openapi.OpenApiDocument;
import dev.parley.http.route.Bearer;
import dev.parley.http.route.Exchange;
import dev.parley.http.route.Route;
import dev.parley.http.route.RouterFactory;
import dev.parley.http.web.WebClient;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The REST API server: {@link Routes the route table} served over Vert.x.
 *
 * <h2>Threading</h2>
 * Use cases block (JDBC, Argon2 hashing), so handlers never run on the event loop. The event
 * loop only buffers the body, snapshots the request and writes the answer; each request's
 * handler runs on a fresh virtual thread of this server's own executor, and hands its finished
 * response back to the request's event-loop context. A Vert.x virtual-thread verticle was not
 * used: its context runs one task at a time and only interleaves tasks at {@code Future.await},
 * so a handler blocked in JDBC or in Argon2 would hold up every other request on that verticle.
 * Concurrency is therefore bounded by the storage (its connection pool), not by this class.
 *
 * <h2>Lifecycle</h2>
 * {@link #start()} binds and returns the port (the bound one when the config says 0);
 * {@link #close()} stops accepting, gives in-flight requests up to 10 s to be answered, then
 * closes Vert.x.
 * Close is idempotent; a closed server is not started again.
 */
public final class RestApi implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RestApi.class);
    private static final Duration GRACE = Duration.ofSeconds(10);
    private final HttpConfig config;
    private final List<Route> routes;
    private final Exchange exchange;
    private final Optional<WebClient> webClient;
    private Vertx vertx;
    private ExecutorService workers;
    private HttpServer server;
    private boolean closed;

    public RestApi(UseCases useCases, HttpConfig config) {
        this(useCases, config, Optional.empty());
    }

    /** A server that also serves the web client's files at {@code /} (see {@link WebClient}). */
    public RestApi(UseCases useCases, HttpConfig config, Optional<WebClient> webClient) {
        this.config = config;
        this.webClient = webClient;
        AtomicReference<JsonNode> openApi = new AtomicReference<>();
        this.routes = Routes.table(useCases, openApi::get, config.gatewayUrl());
        openApi.set(OpenApiDocument.build(routes, config.publicUrl()));
        this.exchange = new Exchange(new Bearer(useCases.accounts()));
    }

    /** Every route served, in matching order. */
    public List<Route> routes() {
        return routes;
    }

    /** Binds and starts serving. @return the bound port */
    public synchronized int start() {
        if (vertx != null || closed) {
            throw new IllegalStateException(closed ? "closed" : "already started");
        }
        vertx = Vertx.vertx();
        workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("parley-http-", 0).factory());
        var router = RouterFactory.build(vertx, routes, config.maxBodyBytes(), config.allowedOrigins(),
                config.trustedProxies(), exchange, workers, webClient);
        var options = new HttpServerOptions().setHost(config.host()).setPort(config.port());
        try {
            server = vertx.createHttpServer(options).requestHandler(router).listen()
                    .toCompletionStage().toCompletableFuture().join();
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port(), e);
        }
        log.info("REST API listening on {}:{} ({} routes)", config.host(), server.actualPort(), routes.size());
        return server.actualPort();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (vertx == null) {
            return;
        }
        try {
            if (server != null) {
                // stop accepting; in-flight requests get up to GRACE to be answered
                server.shutdown(GRACE).toCompletionStage().toCompletableFuture().join();
            }
        } finally {
            workers.shutdown();
            try {
                if (!workers.awaitTermination(GRACE.toSeconds(), TimeUnit.SECONDS)) {
                    log.warn("REST handlers still running after {}; abandoning them", GRACE);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                vertx.close().toCompletionStage().toCompletableFuture().join();
            }
        }
    }
}
