package dev.parley.http;

import dev.parley.core.net.TrustedProxies;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * How the REST API listens.
 *
 * @param host         the interface to bind, for example {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port         the TCP port; 0 picks a free one (tests), {@link RestApi#start()} returns it
 * @param maxBodyBytes the largest request body accepted; larger ones answer 413 payload_too_large
 * @param publicUrl    the URL clients reach this server at (behind a proxy, the proxy's); the OpenAPI
 *                     document names it as the server
 * @param allowedOrigins browser origins ({@code scheme://host[:port]}) other than the server's own
 *                     that may call the API (CORS); same-origin requests are always allowed
 * @param gatewayUrl   the WebSocket URL {@code GET /api/v1/gateway} hands to clients
 * @param trustedProxies the load balancers whose {@code X-Forwarded-For} names the client
 */
public record HttpConfig(String host, int port, long maxBodyBytes, String publicUrl, List<String> allowedOrigins,
                         String gatewayUrl, TrustedProxies trustedProxies) {
    /** A config that trusts no proxy: the peer is the client. */
    public HttpConfig(String host, int port, long maxBodyBytes, String publicUrl, List<String> allowedOrigins,
                      String gatewayUrl) {
        this(host, port, maxBodyBytes, publicUrl, allowedOrigins, gatewayUrl, TrustedProxies.NONE);
    }

    /** A config whose gateway is at the public URL's host, path {@code /gateway} (ws or wss). */
    public HttpConfig(String host, int port, long maxBodyBytes, String publicUrl, List<String> allowedOrigins) {
        this(host, port, maxBodyBytes, publicUrl, allowedOrigins, gatewayUrlFor(publicUrl));
    }

    /** {@code http://h/x} → {@code ws://h/gateway}; {@code https} → {@code wss}. */
    public static String gatewayUrlFor(String publicUrl) {
        URI uri = URI.create(publicUrl);
        return ("https".equals(uri.getScheme()) ? "wss" : "ws") + "://" + uri.getRawAuthority() + "/gateway";
    }

    public HttpConfig {
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(publicUrl, "publicUrl");
        allowedOrigins = List.copyOf(allowedOrigins);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
        URI uri = URI.create(publicUrl);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("publicUrl must be an http(s) URL, was " + publicUrl);
        }
    }
}
