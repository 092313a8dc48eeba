package dev.parley.gateway;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import dev.parley.bus.Bus;
import dev.parley.bus.InProcessBus;
import dev.parley.core.Caller;
import dev.parley.core.CoreWiring;
import dev.parley.core.UseCases;
import dev.parley.core.auth.AccessTokens;
import dev.parley.core.auth.PasswordHasher;
import dev.parley.domain.IdGenerator;
import dev.parley.protocol.auth.LoginRequest;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.auth.TokenResponse;
import dev.parley.store.sql.SqlStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A real node for gateway tests: a SQLite file, the core use cases, the in-process bus and the
 * gateway on an ephemeral loopback port. The core keeps the system clock; the gateway's clock is
 * {@link #clock}, which a test may move forward (resume window, presence grace).
 */
final class GatewayHarness implements AutoCloseable {
    static final String OWN_ORIGIN = "http://localhost:8080";
    private static final AtomicInteger NAMES = new AtomicInteger();

    final SqlStorage storage;
    final Bus bus;
    final AdjustableClock clock = new AdjustableClock();
    final UseCases useCases;
    final Gateway gateway;
    final int port;

    GatewayHarness(Path dir, GatewayConfig config) {
        this(dir, config, UnaryOperator.identity());
    }

    /** A node whose gateway asks its facts through {@code facts} (a test's decorator of the real ones). */
    GatewayHarness(Path dir, GatewayConfig config, UnaryOperator<GatewayFacts> facts) {
        this(dir, config, facts, new InProcessBus(), Duration.ZERO);
    }

    /** A node of a cluster whose other nodes the test plays through {@code bus} (presence refreshed every {@code presenceRefresh}). */
    GatewayHarness(Path dir, GatewayConfig config, Bus bus, Duration presenceRefresh) {
        this(dir, config, UnaryOperator.identity(), bus, presenceRefresh);
    }

    private GatewayHarness(Path dir, GatewayConfig config, UnaryOperator<GatewayFacts> facts, Bus bus, Duration presenceRefresh) {
        this.bus = bus;
        storage = SqlStorage.sqlite(dir.resolve("parley.db"));
        try {
            Clock clock = Clock.systemUTC();
            useCases = CoreWiring.useCases(storage, bus, new PasswordHasher(1024, 1, 1),
                    new AccessTokens(new ECKeyGenerator(Curve.P_256).keyID("t").generate(), "http://localhost:8080",
                            Duration.ofMinutes(15), clock), Duration.ofDays(30),
                    new CoreWiring.AuthLimits(1_000, 100_000, Duration.ofMinutes(1), 100_000, Duration.ofMinutes(1)),
                    new CoreWiring.MessagingLimits(1_000, 1_000, 250), new IdGenerator(clock, 0), clock);
        } catch (Exception e) {
            storage.close();
            throw new IllegalStateException(e);
        }
        gateway = new Gateway(config, facts.apply(new UseCaseFacts(useCases, storage)), bus, clock, presenceRefresh);
        port = gateway.start();
    }

    /** Hub shards in every test node: several, whatever the machine, so users spread over shards. */
    static final int SHARDS = 4;

    static GatewayConfig config() {
        return GatewayConfig.defaults("127.0.0.1", 0, OWN_ORIGIN, List.of("https://app.example.test")).withShards(SHARDS);
    }

    /** {@link #config()} with other resume limits and outbound queue limits. */
    static GatewayConfig config(Duration resumeWindow, int resumeMaxEvents, long maxQueuedBytes, int maxQueuedFrames) {
        GatewayConfig d = config();
        return new GatewayConfig(d.host(), d.port(), d.allowedOrigins(), d.ownOrigin(), d.heartbeatInterval(),
                d.identifyDeadline(), resumeWindow, resumeMaxEvents, maxQueuedBytes, maxQueuedFrames, d.shards());
    }

    /** A registered user with a logged-in session. */
    User user(String prefix) {
        String name = prefix + NAMES.incrementAndGet();
        useCases.accounts().register(new RegisterRequest(name, name, null, "correct horse battery staple 42"), "127.0.0.1");
        TokenResponse tokens = useCases.accounts().login(new LoginRequest(name, "correct horse battery staple 42", "test"), "127.0.0.1");
        Caller caller = useCases.accounts().authenticate(tokens.accessToken(), "127.0.0.1");
        return new User(caller, tokens.accessToken());
    }

    /** A registered user whose sessions the hub puts on shard {@code index} (users are created until one lands there). */
    User userOnShard(String prefix, int index) {
        while (true) {
            User user = user(prefix);
            if (gateway.hub().shardIndexOf(user.id()) == index) {
                return user;
            }
        }
    }

    WsClient connect() {
        return WsClient.open(port, null);
    }

    @Override
    public void close() {
        gateway.close();
        storage.close();
    }

    record User(Caller caller, String token) {
        long id() {
            return caller.userId();
        }
    }
}
