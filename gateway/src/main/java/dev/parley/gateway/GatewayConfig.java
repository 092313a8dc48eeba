package dev.parley.gateway;

import dev.parley.protocol.gateway.GatewayLimits;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a gateway listens and paces its sessions.
 *
 * @param host             the address to bind
 * @param port             the port to bind; 0 picks a free one
 * @param allowedOrigins   browser origins allowed to open a socket, besides {@code ownOrigin}
 * @param ownOrigin        the server's own origin (scheme://host[:port]), always allowed
 * @param heartbeatInterval what HELLO announces; two missed intervals close the connection
 * @param identifyDeadline time from HELLO to IDENTIFY or RESUME
 * @param resumeWindow     how long a disconnected session stays resumable
 * @param resumeMaxEvents  a session missing more dispatches than this must resync
 * @param maxQueuedBytes   outbound bytes a connection may have queued before it is closed as slow
 * @param maxQueuedFrames  outbound frames (write buffers) queued before it is closed as slow
 * @param shards           hub shards: threads that each own the sessions of a part of the users
 *                         (1..256); {@link #defaults} uses one per available processor
 */
public record GatewayConfig(
        String host,
        int port,
        List<String> allowedOrigins,
        String ownOrigin,
        Duration heartbeatInterval,
        Duration identifyDeadline,
        Duration resumeWindow,
        int resumeMaxEvents,
        long maxQueuedBytes,
        int maxQueuedFrames,
        int shards) {

    public GatewayConfig {
        Objects.requireNonNull(host, "host");
        allowedOrigins = List.copyOf(allowedOrigins);
        Objects.requireNonNull(ownOrigin, "ownOrigin");
        if (port < 0 || port > 65_535 || resumeMaxEvents < 1 || heartbeatInterval.isNegative()
                || maxQueuedBytes < 1 || maxQueuedFrames < 1 || heartbeatInterval.isZero() || identifyDeadline.isNegative() || resumeWindow.isNegative()
                || shards < 1 || shards > 256) {
            throw new IllegalArgumentException("invalid gateway config");
        }
    }

    /** The protocol's defaults for everything but where to listen and whom to trust. */
    public static GatewayConfig defaults(String host, int port, String ownOrigin, List<String> allowedOrigins) {
        return new GatewayConfig(host, port, allowedOrigins, ownOrigin,
                Duration.ofMillis(GatewayLimits.HEARTBEAT_INTERVAL_MILLIS),
                Duration.ofSeconds(GatewayLimits.IDENTIFY_DEADLINE_SECONDS),
                Duration.ofSeconds(GatewayLimits.DEFAULT_RESUME_WINDOW_SECONDS), GatewayLimits.DEFAULT_RESUME_MAX_EVENTS,
                GatewayLimits.MAX_QUEUED_BYTES, GatewayLimits.MAX_QUEUED_FRAMES, defaultShards());
    }

    /** One hub shard per available processor. */
    public static int defaultShards() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** This config with another number of hub shards. */
    public GatewayConfig withShards(int count) {
        return new GatewayConfig(host, port, allowedOrigins, ownOrigin, heartbeatInterval, identifyDeadline,
                resumeWindow, resumeMaxEvents, maxQueuedBytes, maxQueuedFrames, count);
    }
}
