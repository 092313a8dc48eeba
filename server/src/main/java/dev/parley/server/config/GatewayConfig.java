package dev.parley.server.config;

import java.net.URI;
import java.time.Duration;

/**
 * The WebSocket gateway ({@code docs/protocol/gateway.md} §17).
 *
 * @param port TCP port of the gateway listener, 0..65535; 0 picks a free port. The gateway has a
 *     listener of its own (it is not a route of the HTTP server), so it needs a port besides
 *     {@code server.port}; it binds {@code server.host}
 * @param publicUrl the URL {@code GET /api/v1/gateway} hands clients, {@code ws(s)://host[:port]/path};
 *     empty means {@code ws://} (or {@code wss://} when {@code server.public-url} is https) + the public
 *     URL's host + the gateway's port + {@code /gateway}. Set it behind a reverse proxy that routes
 *     {@code /gateway} to this port
 * @param resumeWindow how long a disconnected session stays resumable, 10s..1h
 * @param resumeMaxEvents missed dispatches a RESUME may replay; more answer RESYNC, 100..1,000,000
 * @param maxQueuedBytes outbound bytes one connection may have waiting before it is closed as a
 *     slow consumer (4011), 64 KiB..256 MiB
 * @param eventLogRetention how long the event log keeps events: at least {@code resumeWindow},
 *     because a RESUME replays from it; at most 30 days
 * @param hubShards hub shards (threads that each own the sessions of a part of the users), 0..256;
 *     0 means one per available processor
 */
public record GatewayConfig(int port, String publicUrl, Duration resumeWindow, int resumeMaxEvents,
                            int maxQueuedBytes, Duration eventLogRetention, int hubShards) {
    public GatewayConfig {
        Check.between("gateway.port", port, 0, 65535);
        publicUrl = Check.present("gateway.public-url", publicUrl).isBlank()
                ? ""
                : WebOrigins.gatewayUrl("gateway.public-url", publicUrl);
        Check.between("gateway.resume-window", resumeWindow, Duration.ofSeconds(10), Duration.ofHours(1));
        Check.between("gateway.resume-max-events", resumeMaxEvents, 100, 1_000_000);
        Check.between("gateway.max-queued-bytes", maxQueuedBytes, 64 * 1024, 256 * 1024 * 1024);
        Check.between("gateway.event-log-retention", eventLogRetention, Duration.ofSeconds(10), Duration.ofDays(30));
        Check.between("gateway.hub-shards", hubShards, 0, 256);
        if (eventLogRetention.compareTo(resumeWindow) < 0) {
            throw new ConfigException("gateway.event-log-retention", "must be at least gateway.resume-window ("
                    + Durations.format(eventLogRetention) + " < " + Durations.format(resumeWindow) + ")");
        }
    }

    public static GatewayConfig defaults() {
        return new GatewayConfig(8081, "", Duration.ofMinutes(5), 10_000, 8 * 1024 * 1024, Duration.ofHours(1), 0);
    }

    static GatewayConfig read(ConfigSource in) {
        GatewayConfig d = defaults();
        return new GatewayConfig(
                in.integer("gateway.port", d.port),
                in.string("gateway.public-url", d.publicUrl),
                in.duration("gateway.resume-window", d.resumeWindow),
                in.integer("gateway.resume-max-events", d.resumeMaxEvents),
                in.integer("gateway.max-queued-bytes", d.maxQueuedBytes),
                in.duration("gateway.event-log-retention", d.eventLogRetention),
                in.integer("gateway.hub-shards", d.hubShards));
    }

    /** The number of hub shards to run: {@code hubShards}, or one per available processor when 0. */
    public int effectiveHubShards() {
        return hubShards == 0 ? dev.parley.gateway.GatewayConfig.defaultShards() : hubShards;
    }

    /**
     * The URL clients are told: {@code publicUrl}, or one built from the server's public URL and
     * the port the gateway actually bound.
     */
    public String effectivePublicUrl(String serverPublicUrl, int boundPort) {
        if (!publicUrl.isEmpty()) {
            return publicUrl;
        }
        URI server = URI.create(serverPublicUrl);
        String scheme = "https".equals(server.getScheme()) ? "wss" : "ws";
        return scheme + "://" + server.getHost() + ":" + boundPort + "/gateway";
    }
}
