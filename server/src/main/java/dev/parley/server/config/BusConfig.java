package dev.parley.server.config;

import dev.parley.bus.nats.NatsBusConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * How this node hears about commits made on other nodes.
 *
 * @param natsUrl empty for a single node (the in-process bus); otherwise the NATS server(s) that
 *     every node of the cluster uses, comma-separated {@code nats://host:port} URLs
 * @param subjectPrefix the NATS subject prefix, so that several clusters can share one NATS
 * @param presenceRefresh how often a node repeats to the others the presence of every user it
 *     holds, 1s..5m; the others drop what is not repeated within three times that (so a node that
 *     dies stops counting), gateway.md §11
 */
public record BusConfig(String natsUrl, String subjectPrefix, Duration presenceRefresh) {
    public BusConfig {
        natsUrl = Check.present("bus.nats-url", natsUrl).strip();
        if (!natsUrl.isEmpty()) {
            for (String one : natsUrl.split(",")) {
                checkServer(one.strip());
            }
        }
        if (!NatsBusConfig.isSubjectPrefix(Check.present("bus.subject-prefix", subjectPrefix))) {
            throw new ConfigException("bus.subject-prefix",
                    "must be dot-separated tokens of letters, digits, '_' and '-' (like parley or acme.chat)");
        }
        Check.between("bus.presence-refresh", presenceRefresh, Duration.ofSeconds(1), Duration.ofMinutes(5));
    }

    public static BusConfig defaults() {
        return new BusConfig("", "parley", Duration.ofSeconds(15));
    }

    static BusConfig read(ConfigSource in) {
        BusConfig d = defaults();
        return new BusConfig(in.string("bus.nats-url", d.natsUrl), in.string("bus.subject-prefix", d.subjectPrefix),
                in.duration("bus.presence-refresh", d.presenceRefresh));
    }

    /** Whether this node is one of a cluster (talks to other nodes over NATS). */
    public boolean clustered() {
        return !natsUrl.isEmpty();
    }

    private static void checkServer(String url) {
        // The URL may hold credentials: the messages below never echo it.
        try {
            URI uri = new URI(url);
            if (!"nats".equals(uri.getScheme()) && !"tls".equals(uri.getScheme())) {
                throw new ConfigException("bus.nats-url", "each server must be a nats:// or tls:// URL");
            }
            if (uri.getHost() == null) {
                throw new ConfigException("bus.nats-url", "each server URL needs a host (nats://host:4222)");
            }
        } catch (URISyntaxException e) {
            throw new ConfigException("bus.nats-url", "not a URL (expected nats://host:4222, comma-separated for several)");
        }
    }
}
