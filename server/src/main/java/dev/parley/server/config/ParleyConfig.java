package dev.parley.server.config;

/** The whole configuration, one component per section of the file. */
public record ParleyConfig(ServerConfig server, StorageConfig storage, AuthConfig auth, RateLimitConfig rateLimits,
                           MessagingConfig messaging, GatewayConfig gateway, LogConfig log,
                           NodeConfig node, BusConfig bus) {
    public ParleyConfig {
        Check.present("server", server);
        Check.present("storage", storage);
        Check.present("auth", auth);
        Check.present("rate-limits", rateLimits);
        Check.present("messaging", messaging);
        Check.present("gateway", gateway);
        Check.present("log", log);
        Check.present("node", node);
        Check.present("bus", bus);
        if (bus.clustered() && !storage.postgres()) {
            throw new ConfigException("bus.nats-url", "a cluster shares one PostgreSQL database: set storage.database-url"
                    + " to a jdbc:postgresql: URL, or leave bus.nats-url empty for a single node on SQLite");
        }
    }

    public static ParleyConfig defaults() {
        return new ParleyConfig(ServerConfig.defaults(), StorageConfig.defaults(), AuthConfig.defaults(),
                RateLimitConfig.defaults(), MessagingConfig.defaults(), GatewayConfig.defaults(), LogConfig.defaults(), NodeConfig.defaults(),
                BusConfig.defaults());
    }

    static ParleyConfig read(ConfigSource in) {
        return new ParleyConfig(ServerConfig.read(in), StorageConfig.read(in), AuthConfig.read(in),
                RateLimitConfig.read(in), MessagingConfig.read(in), GatewayConfig.read(in), LogConfig.read(in), NodeConfig.read(in),
                BusConfig.read(in));
    }
}
