package dev.parley.http.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import dev.parley.bus.InProcessBus;
import dev.parley.core.CoreWiring;
import dev.parley.core.UseCases;
import dev.parley.core.auth.AccessTokens;
import dev.parley.core.auth.PasswordHasher;
import dev.parley.domain.IdGenerator;
import dev.parley.http.HttpConfig;
import dev.parley.http.RestApi;
import dev.parley.store.memory.MemoryStorage;
import java.time.Duration;
import java.util.List;

/**
 * The real REST API on an ephemeral port over real use cases, in-memory storage and a clock the
 * test moves. Cheap Argon2 parameters keep logins fast.
 */
public final class TestServer implements AutoCloseable {
    public static final String ISSUER = "http://localhost";
    public static final Duration ACCESS_TTL = Duration.ofMinutes(15);
    public static final long MAX_BODY = 16 * 1024;
    /** A cross-origin site the test server trusts (CORS). */
    public static final String TRUSTED_ORIGIN = "https://app.example.test";

    public final MutableClock clock = new MutableClock();
    public final SwitchableStorage storage = new SwitchableStorage(new MemoryStorage());
    public final UseCases useCases;
    public final RestApi api;
    public final Api http;

    private TestServer(CoreWiring.AuthLimits limits) {
        useCases = CoreWiring.useCases(storage, new InProcessBus(), new PasswordHasher(1024, 1, 1),
                new AccessTokens(newKey(), ISSUER, ACCESS_TTL, clock), Duration.ofDays(30), limits,
                new IdGenerator(clock, 0), clock);
        api = new RestApi(useCases, new HttpConfig("127.0.0.1", 0, MAX_BODY, "http://localhost:8080", List.of(TRUSTED_ORIGIN)));
        http = new Api(api.start());
    }

    /** Generous login and registration limits: tests that do not test rate limiting never meet them. */
    public static TestServer start() {
        return start(limits(1_000, 100_000, 100_000));
    }

    /** Limits per minute. */
    public static CoreWiring.AuthLimits limits(int loginPerAccount, int loginPerIp, int registerPerIp) {
        return new CoreWiring.AuthLimits(loginPerAccount, loginPerIp, Duration.ofMinutes(1), registerPerIp, Duration.ofMinutes(1));
    }

    public static TestServer start(CoreWiring.AuthLimits limits) {
        return new TestServer(limits);
    }

    public static ECKey newKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("t").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        api.close();
    }
}
