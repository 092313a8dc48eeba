package dev.parley.server.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks and normalizes the public URLs and browser origins of {@link ServerConfig} and {@link GatewayConfig}. */
final class WebOrigins {
    private WebOrigins() {
    }

    /**
     * An absolute http(s) URL with a host and no path, query or user info; a single trailing slash
     * is dropped. Returned as {@code scheme://host[:port]} in lower case.
     */
    static String publicUrl(String key, String value) {
        return normalize(key, value, true, "an absolute http(s) URL without a path, like https://chat.example.com");
    }

    /** A browser origin, {@code scheme://host[:port]}, returned in its normal form. */
    static String origin(String key, String value) {
        return normalize(key, value, false, "an http(s) origin, like https://chat.example.com");
    }

    /**
     * An absolute ws(s) URL with a host and a path, without query, fragment or user info, like
     * {@code wss://chat.example.com/gateway}. Returned with scheme and host in lower case.
     */
    static String gatewayUrl(String key, String value) {
        String expected = "an absolute ws(s) URL with a path, like wss://chat.example.com/gateway";
        URI uri = parse(key, value, expected);
        String scheme = schemeOf(uri);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!(scheme.equals("ws") || scheme.equals("wss")) || path.length() < 2) {
            throw new ConfigException(key, "must be " + expected + " (was \"" + value + "\")");
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + path;
    }

    private static String normalize(String key, String value, boolean allowTrailingSlash, String expected) {
        URI uri = parse(key, value, expected);
        String scheme = schemeOf(uri);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        boolean pathOk = path.isEmpty() || (allowTrailingSlash && path.equals("/"));
        if (!(scheme.equals("http") || scheme.equals("https")) || !pathOk) {
            throw new ConfigException(key, "must be " + expected + " (was \"" + value + "\")");
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** An absolute URI with a host and no query, fragment or user info; fails naming {@code expected}. */
    private static URI parse(String key, String value, String expected) {
        try {
            URI uri = new URI(value.strip());
            if (uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // answered below, like any other malformed value
        }
        throw new ConfigException(key, "must be " + expected + " (was \"" + value + "\")");
    }

    private static String schemeOf(URI uri) {
        return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    }
}
