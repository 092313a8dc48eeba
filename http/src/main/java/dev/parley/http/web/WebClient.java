package dev.parley.http.web;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * Serves the web client's bundle from a classpath folder.
 *
 * <ul>
 *   <li>{@code GET}/{@code HEAD} only; {@code /api/...}, {@code /health} and {@code /ready} are never
 *   touched (they fall through to the API's own 404/405 problem answers).</li>
 *   <li>A path naming a file of the bundle serves it. Any other path whose last segment has no dot
 *   ({@code /channels/1/2}, {@code /invite/CODE}) serves {@code index.html}: the client routes it.
 *   A missing file ({@code /x.js}) falls through to the 404 problem.</li>
 *   <li>Hashed files under {@code assets/} are cached for a year as immutable; everything else,
 *   {@code index.html} first, is {@code no-cache} with a strong ETag (304 on a match).</li>
 *   <li>Every answer carries a strict Content-Security-Policy: scripts, styles and fonts from this
 *   origin only, no inline script, no framing, and connections to this origin and the gateway's.</li>
 * </ul>
 *
 * Files are read from the classpath once and kept in memory (the bundle is small). Only files that
 * exist are kept, so probing made-up names cannot grow the cache. A client route is any path whose
 * last segment has no dot: files always have an extension, directories are never served.
 */
public final class WebClient implements Handler<RoutingContext> {
    private static final String INDEX = "index.html";
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
    private static final int MAX_PATH = 256;
    private final ClassLoader loader;
    private final String folder;
    private final WebAsset index;
    private final String contentSecurityPolicy;
    private final ConcurrentMap<String, WebAsset> files = new ConcurrentHashMap<>();

    private WebClient(ClassLoader loader, String folder, WebAsset index, String contentSecurityPolicy) {
        this.loader = loader;
        this.folder = folder;
        this.index = index;
        this.contentSecurityPolicy = contentSecurityPolicy;
    }

    /**
     * The bundle under {@code folder} (for example {@code "parley-web"}) of the class path, or empty
     * when it holds no {@code index.html} (a server built without the web module).
     *
     * @param gatewayUrl the WebSocket URL clients are handed; the policy lets pages connect to it
     */
    public static Optional<WebClient> fromClasspath(ClassLoader loader, String folder, String gatewayUrl) {
        return read(loader, folder + "/" + INDEX)
                .map(bytes -> new WebClient(loader, folder, WebAsset.of(INDEX, bytes), policy(gatewayUrl)));
    }

    /** The Content-Security-Policy sent with every file. */
    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    static String policy(String gatewayUrl) {
        URI gateway = URI.create(gatewayUrl);
        String gatewayOrigin = gateway.getScheme() + "://" + gateway.getRawAuthority();
        return String.join("; ",
                "default-src 'none'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data: blob:",
                "font-src 'self'",
                "connect-src 'self' " + gatewayOrigin,
                "manifest-src 'self'",
                "worker-src 'self'",
                "base-uri 'none'",
                "form-action 'none'",
                "frame-ancestors 'none'");
    }

    /** True for paths the API owns: the web client never answers them, not even with its fallback. */
    static boolean reserved(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/health") || path.equals("/ready");
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        String path = ctx.request().path();
        if (!(method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD)) || path == null || reserved(path)) {
            ctx.next();
            return;
        }
        Optional<WebAsset> asset = resolve(path);
        if (asset.isEmpty()) {
            ctx.next();
            return;
        }
        send(ctx, asset.get(), method.equals(HttpMethod.HEAD));
    }

    /** The file for a request path, {@code index.html} for client routes, empty for a missing file. */
    Optional<WebAsset> resolve(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.isEmpty() || relative.equals(INDEX)) {
            return Optional.of(index);
        }
        String last = relative.substring(relative.lastIndexOf('/') + 1);
        if (!last.contains(".")) {
            return Optional.of(index);
        }
        if (relative.length() > MAX_PATH || !SAFE_PATH.matcher(relative).matches() || relative.contains("..")) {
            return Optional.empty();
        }
        WebAsset cached = files.get(relative);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<WebAsset> file = read(loader, folder + "/" + relative).map(bytes -> WebAsset.of(relative, bytes));
        file.ifPresent(f -> files.putIfAbsent(relative, f));
        return file;
    }

    private void send(RoutingContext ctx, WebAsset asset, boolean head) {
        MultiMap headers = ctx.response().headers();
        headers.set("Content-Security-Policy", contentSecurityPolicy);
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cache-Control", asset.immutable() ? "public, max-age=31536000, immutable" : "no-cache");
        headers.set("ETag", asset.etag());
        headers.set("Content-Type", asset.contentType());
        if (asset.etag().equals(ctx.request().getHeader("If-None-Match"))) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        headers.set("Content-Length", Integer.toString(asset.body().length));
        if (head) {
            ctx.response().setStatusCode(200).end();
        } else {
            ctx.response().setStatusCode(200).end(Buffer.buffer(asset.body()));
        }
    }

    private static Optional<byte[]> read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
