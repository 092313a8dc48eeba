package dev.parley.server.config;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a node does. Any subset of roles may run on a node; every node of a cluster shares the
 * database and the bus, so the roles may be spread over processes and machines freely.
 */
public enum Role {
    /** Serves the REST API (and the web client). */
    API,
    /** Holds WebSocket connections and delivers events to them. */
    GATEWAY,
    /** Runs background jobs (today: purging the event log past its retention). */
    WORKER;

    /** The name used in config and on the command line: {@code api}, {@code gateway}, {@code worker}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Role of(String key, String configKey) {
        return Arrays.stream(values()).filter(r -> r.key().equals(key.strip())).findFirst()
                .orElseThrow(() -> new ConfigException(configKey, "unknown role '" + key.strip()
                        + "' (known: api, gateway, worker)"));
    }
}
