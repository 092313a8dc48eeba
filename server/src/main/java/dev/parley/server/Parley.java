package dev.parley.server;

import dev.parley.bus.Bus;
import dev.parley.bus.InProcessBus;
import dev.parley.bus.nats.NatsBus;
import dev.parley.bus.nats.NatsBusConfig;
import dev.parley.core.CoreWiring;
import dev.parley.core.FactsEpoch;
import dev.parley.core.UseCases;
import dev.parley.core.auth.AccessTokens;
import dev.parley.core.auth.PasswordHasher;
import dev.parley.core.auth.SigningKey;
import dev.parley.core.delivery.EventLogRetention;
import dev.parley.core.ratelimit.MemoryRateLimitStore;
import dev.parley.domain.IdGenerator;
import dev.parley.gateway.Gateway;
import dev.parley.gateway.GatewayConfig;
import dev.parley.gateway.UseCaseFacts;
import dev.parley.http.HttpConfig;
import dev.parley.protocol.gateway.GatewayLimits;
import dev.parley.http.RestApi;
import dev.parley.http.web.WebClient;
import dev.parley.server.config.AuthConfig;
import dev.parley.server.config.BusConfig;
import dev.parley.server.config.NodeConfig;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.config.RateLimitConfig;
import dev.parley.server.config.Role;
import dev.parley.server.config.ServerConfig;
import dev.parley.store.Storage;
import dev.parley.store.ratelimit.RateLimitStore;
import dev.parley.store.sql.Databases;
import dev.parley.store.sql.PostgresStorage;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;

/**
 * One running Parley node, wired by hand from its config: storage, bus, use cases, housekeeping
 * jobs, the WebSocket gateway and the HTTP edge (the REST API and the web client's files). {@link #close()} stops them in reverse order.
 */
public final class Parley implements AutoCloseable {
    /** Where the {@code web} module's jar keeps the client bundle on the class path. */
    static final String WEB_CLIENT_FOLDER = "parley-web";
    private final ParleyConfig config;
    private final Storage storage;
    private final RateLimitStore rateLimits;
    private final Bus bus;
    private final UseCases useCases;
    private final InstantSource clock;
    private RestApi http;
    private Gateway gateway;
    private int gatewayPort;
    private String gatewayUrl;
    private Housekeeping housekeeping;

    private Parley(ParleyConfig config, Storage storage, RateLimitStore rateLimits, Bus bus, UseCases useCases,
                   InstantSource clock) {
        this.clock = clock;
        this.config = config;
        this.storage = storage;
        this.rateLimits = rateLimits;
        this.bus = bus;
        this.useCases = useCases;
    }

    /** Opens the database (migrating it) and builds the use cases; serves nothing yet. */
    public static Parley open(ParleyConfig config, InstantSource clock) {
        Storage storage = Databases.open(config.storage().jdbcUrl(), config.storage().poolSize());
        try {
            Bus bus = bus(config);
            AuthConfig auth = config.auth();
            PasswordHasher hasher = new PasswordHasher(auth.argon2MemoryKib(), auth.argon2Iterations(), auth.argon2Parallelism());
            // A cluster's nodes share the key through PostgreSQL; a single node keeps it in a file.
            var key = config.storage().postgres() ? SigningKey.shared(storage, config.storage().dataDir(), clock)
                    : SigningKey.loadOrCreate(config.storage().dataDir());
            AccessTokens tokens = new AccessTokens(key,
                    config.server().effectivePublicUrl(), auth.accessTokenTtl(), clock);
            RateLimitConfig rates = config.rateLimits();
            var limits = new CoreWiring.AuthLimits(rates.loginPerAccount(), rates.loginPerIp(), rates.loginWindow(),
                    rates.registerPerIp(), rates.registerWindow());
            var messaging = new CoreWiring.MessagingLimits(config.messaging().sendBurst(), config.messaging().sendPerSecond(),
                    config.messaging().maxGroupSize());
            RateLimitStore rateLimits = rateLimits(storage, clock);
            UseCases useCases = CoreWiring.useCases(storage, rateLimits, bus, hasher, tokens, auth.refreshTokenTtl(),
                    limits, messaging, new IdGenerator(clock, config.node().id()), clock,
                    // PostgreSQL may be shared by other nodes, whose changes this process's kept facts would miss
                    config.storage().postgres() ? FactsEpoch.shared() : FactsEpoch.local());
            return new Parley(config, storage, rateLimits, bus, useCases, clock);
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    /**
     * Starts what this node's roles ask for: the housekeeping jobs ({@code worker}), the WebSocket
     * gateway ({@code gateway}), then the HTTP server ({@code api}); returns the HTTP port, or 0 when
     * this node serves no REST. {@code GET /api/v1/gateway} tells clients where the gateway is: this
     * node's when it runs one, else {@code gateway.public-url} (the load balancer's address).
     */
    public int serve() {
        ServerConfig server = config.server();
        NodeConfig node = config.node();
        String publicUrl = server.effectivePublicUrl();
        URI origin = URI.create(publicUrl);
        var gatewaySection = config.gateway();
        if (node.runs(Role.WORKER)) {
            var eventLog = new EventLogRetention(storage, clock);
            housekeeping = new Housekeeping();
            housekeeping.every(Duration.ofMinutes(1), "event log retention",
                    () -> eventLog.purgeOlderThan(gatewaySection.eventLogRetention()));
            housekeeping.every(Duration.ofMinutes(1), "rate-limit purge", rateLimits::purgeFull);
            housekeeping.every(Duration.ofMinutes(1), "resume record purge",
                    () -> eventLog.purgeResumeRecords(gatewaySection.resumeWindow()));
        }
        if (node.runs(Role.GATEWAY)) {
            gateway = new Gateway(new GatewayConfig(server.host(), gatewaySection.port(), server.effectiveAllowedOrigins(),
                    origin.getScheme() + "://" + origin.getRawAuthority(),
                    Duration.ofMillis(GatewayLimits.HEARTBEAT_INTERVAL_MILLIS),
                    Duration.ofSeconds(GatewayLimits.IDENTIFY_DEADLINE_SECONDS),
                    gatewaySection.resumeWindow(), gatewaySection.resumeMaxEvents(),
                    gatewaySection.maxQueuedBytes(), GatewayLimits.MAX_QUEUED_FRAMES, gatewaySection.effectiveHubShards()),
                    new UseCaseFacts(useCases, storage), bus, clock,
                    config.bus().clustered() ? config.bus().presenceRefresh() : Duration.ZERO);
            gatewayPort = gateway.start();
        }
        gatewayUrl = gatewaySection.effectivePublicUrl(publicUrl, gateway != null ? gatewayPort : gatewaySection.port());
        if (!node.runs(Role.API)) {
            return 0;
        }
        http = new RestApi(useCases, new HttpConfig(server.host(), server.port(), server.maxBodyBytes(),
                publicUrl, server.effectiveAllowedOrigins(), gatewayUrl, server.proxies()),
                WebClient.fromClasspath(Parley.class.getClassLoader(), WEB_CLIENT_FOLDER, gatewayUrl));
        return http.start();
    }

    /** The port the gateway listens on, once {@link #serve()} ran; 0 when this node runs no gateway. */
    public int gatewayPort() {
        return gatewayPort;
    }

    /** The URL clients are told to open the gateway at, once {@link #serve()} ran. */
    public String gatewayUrl() {
        return gatewayUrl;
    }

    public UseCases useCases() {
        return useCases;
    }

    @Override
    public void close() {
        if (http != null) {
            http.close();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (housekeeping != null) {
            housekeeping.close();
        }
        bus.close();
        storage.close();
    }

    /**
     * Where the rate limits live: in PostgreSQL when the node shares it with others, so that a
     * client has one budget whichever node it uses; in this process's memory on SQLite (one node).
     */
    private static RateLimitStore rateLimits(Storage storage, InstantSource clock) {
        return storage instanceof PostgresStorage postgres ? postgres.rateLimits(clock) : new MemoryRateLimitStore(clock);
    }

    /** The in-process bus for a single node; the NATS bus when the node is one of a cluster. */
    private static Bus bus(ParleyConfig config) {
        BusConfig bus = config.bus();
        if (!bus.clustered()) {
            return new InProcessBus();
        }
        return NatsBus.connect(new NatsBusConfig(bus.natsUrl(), bus.subjectPrefix(), Integer.toString(config.node().id())));
    }
}
