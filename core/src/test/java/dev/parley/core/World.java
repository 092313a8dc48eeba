package dev.parley.core;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import dev.parley.core.auth.AccessTokens;
import dev.parley.core.auth.PasswordHasher;
import dev.parley.core.ratelimit.MemoryRateLimitStore;
import dev.parley.domain.IdGenerator;
import dev.parley.protocol.auth.LoginRequest;
import dev.parley.protocol.auth.RegisterRequest;
import dev.parley.protocol.auth.TokenResponse;
import dev.parley.store.memory.MemoryStorage;
import java.time.Duration;
import java.time.Instant;

/**
 * A fresh Parley core over the reference store: real use cases, a recording bus, a clock that
 * moves only when told, and cheap Argon2 parameters so tests stay fast. {@link #interleaving}
 * lets a test commit a change of its own just before a use case's next write; {@link #counting}
 * tells how many read transactions the use cases ran.
 */
public final class World {
    /** Send limits as shipped; groups kept small so size limits are cheap to reach. */
    public static final CoreWiring.MessagingLimits MESSAGING = new CoreWiring.MessagingLimits(10, 5, 5);
    public static final String PASSWORD = "correct horse battery staple";
    public final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
    public final RecordingBus bus = new RecordingBus();
    public final MemoryStorage storage = new MemoryStorage();
    public final CountingStorage counting = new CountingStorage(storage);
    public final InterleavingStorage interleaving = new InterleavingStorage(counting);
    /** Makes writes run again, race or fail, as on a busy PostgreSQL. */
    public final RerunningStorage reruns = new RerunningStorage(interleaving);
    /** The rate limits, in memory; {@link #anotherNode} shares them, as PostgreSQL's are shared. */
    public final MemoryRateLimitStore limits = new MemoryRateLimitStore(clock);
    public final UseCases uc;
    private final CoreWiring.AuthLimits authLimits;
    private final AccessTokens tokens;

    /** Logins: 5 per account and 20 per IP in 15 minutes; registrations are practically unlimited. */
    public World() {
        this(new CoreWiring.AuthLimits(5, 20, Duration.ofMinutes(15), 10_000, Duration.ofHours(1)));
    }

    public World(CoreWiring.AuthLimits limits) {
        this.authLimits = limits;
        try {
            tokens = new AccessTokens(new ECKeyGenerator(Curve.P_256).keyID("test").generate(),
                    "http://parley.test", Duration.ofMinutes(15), clock);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        uc = node(1);
    }

    /** The use cases of a second node of a cluster: the same storage, bus, clock and rate limits. */
    public UseCases anotherNode() {
        return node(2);
    }

    private UseCases node(int nodeId) {
        return CoreWiring.useCases(reruns, limits, bus, new PasswordHasher(1024, 1, 1), tokens, Duration.ofDays(30),
                authLimits, MESSAGING, new IdGenerator(clock, nodeId), clock, FactsEpoch.local());
    }

    /** Registers and logs in a user; events of the setup are drained. */
    public Caller user(String username) {
        uc.accounts().register(new RegisterRequest(username, username, username + "@example.test", PASSWORD), "127.0.0.1");
        TokenResponse tokens = uc.accounts().login(new LoginRequest(username, PASSWORD, "test"), "127.0.0.1");
        bus.drain();
        return new Caller(tokens.user().id(), tokens.sessionId(), "127.0.0.1");
    }

    public TokenResponse login(String username) {
        return uc.accounts().login(new LoginRequest(username, PASSWORD, "test"), "127.0.0.1");
    }
}
