package dev.parley.server.config;

import dev.parley.core.net.TrustedProxies;
import java.util.List;

/**
 * The HTTP listener and how browsers reach it.
 *
 * @param host address to bind, {@code 0.0.0.0} for all interfaces
 * @param port TCP port, 1..65535; 0 picks a free port (printed at start-up; for tests)
 * @param publicUrl the URL users reach the server at, {@code scheme://host[:port]}; empty means
 *     {@code http://localhost:<port>} (see {@link #effectivePublicUrl()})
 * @param maxBodyBytes largest accepted request body, 1 byte..64 MiB
 * @param allowedOrigins browser origins allowed to call the API; empty means the public URL's origin
 *     only (see {@link #effectiveAllowedOrigins()})
 * @param trustedProxies addresses or CIDR ranges of reverse proxies whose {@code X-Forwarded-For}
 *     names the client (for per-IP limits and session records); empty trusts none
 */
public record ServerConfig(String host, int port, String publicUrl, int maxBodyBytes, List<String> allowedOrigins,
                           List<String> trustedProxies) {
    private static final int MAX_BODY_LIMIT = 64 * 1024 * 1024;

    /** A listener that trusts no proxy. */
    public ServerConfig(String host, int port, String publicUrl, int maxBodyBytes, List<String> allowedOrigins) {
        this(host, port, publicUrl, maxBodyBytes, allowedOrigins, List.of());
    }

    public ServerConfig {
        Check.notBlank("server.host", host);
        Check.between("server.port", port, 0, 65535);
        publicUrl = Check.present("server.public-url", publicUrl).isBlank()
                ? ""
                : WebOrigins.publicUrl("server.public-url", publicUrl);
        Check.between("server.max-body-bytes", maxBodyBytes, 1, MAX_BODY_LIMIT);
        allowedOrigins = Check.present("server.allowed-origins", allowedOrigins).stream()
                .map(origin -> WebOrigins.origin("server.allowed-origins", origin))
                .distinct()
                .toList();
        trustedProxies = List.copyOf(Check.present("server.trusted-proxies", trustedProxies));
        try {
            TrustedProxies.parse(trustedProxies);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("server.trusted-proxies", e.getMessage());
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig("0.0.0.0", 8080, "", 1_048_576, List.of());
    }

    static ServerConfig read(ConfigSource in) {
        ServerConfig d = defaults();
        return new ServerConfig(
                in.string("server.host", d.host),
                in.integer("server.port", d.port),
                in.string("server.public-url", d.publicUrl),
                in.integer("server.max-body-bytes", d.maxBodyBytes),
                in.list("server.allowed-origins", d.allowedOrigins),
                in.list("server.trusted-proxies", d.trustedProxies));
    }

    /** The public URL, or {@code http://localhost:<port>} when none is set. Never ends with a slash. */
    public String effectivePublicUrl() {
        return publicUrl.isEmpty() ? "http://localhost:" + port : publicUrl;
    }

    public TrustedProxies proxies() {
        return TrustedProxies.parse(trustedProxies);
    }

    /** The allowed browser origins, or the public URL's origin alone when none are set. */
    public List<String> effectiveAllowedOrigins() {
        return allowedOrigins.isEmpty() ? List.of(effectivePublicUrl()) : allowedOrigins;
    }
}
