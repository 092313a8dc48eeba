package dev.parley.gateway;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The WebSocket handshake's Origin check (gateway.md §1): a browser may connect from the server's
 * own origin or a configured one; a request without Origin (a native client, a bot) passes.
 */
final class Origins {
    private final Set<String> allowed = new HashSet<>();

    Origins(String ownOrigin, List<String> allowedOrigins) {
        allowed.add(normalize(ownOrigin));
        allowedOrigins.forEach(o -> allowed.add(normalize(o)));
    }

    boolean allows(String origin) {
        return origin == null || allowed.contains(normalize(origin));
    }

    /** scheme://host[:port] in lower case, without a default port or trailing slash. */
    static String normalize(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (RuntimeException e) {
            return "invalid:" + origin;
        }
    }
}
