package dev.parley.server.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks and normalizes the public URL and browser origins of {@link ServerConfig}. */
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

    private static String normalize(String key, String value, boolean allowTrailingSlash, String expected) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new ConfigException(key, "must be " + expected + " (was \"" + value + "\")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        boolean pathOk = path.isEmpty() || (allowTrailingSlash && path.equals("/"));
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !pathOk
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new ConfigException(key, "must be " + expected + " (was \"" + value + "\")");
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
