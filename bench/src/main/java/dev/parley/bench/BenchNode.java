package dev.parley.bench;

import dev.parley.bus.InProcessBus;
import dev.parley.core.CoreWiring;
import dev.parley.core.UseCases;
import dev.parley.core.auth.AccessTokens;
import dev.parley.core.auth.PasswordHasher;
import dev.parley.core.auth.SigningKey;
import dev.parley.domain.IdGenerator;
import dev.parley.http.HttpConfig;
import dev.parley.http.RestApi;
import dev.parley.store.sql.SqlStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real single-node Parley in this process: the SQLite file with the production settings (WAL,
 * {@code synchronous=FULL}, group commit), the in-process bus, the core use cases and the REST
 * edge on a free loopback port. Wired as the server's composition root does, except for what the
 * benchmark must keep out of the measurement: Argon2 is as cheap as it goes (logins are set-up,
 * not load) and every rate limit is raised far above the offered load.
 */
final class BenchNode implements AutoCloseable {
    static final int FILL_NODE_ID = 1;
    private static final Duration TOKEN_TTL = Duration.ofHours(2);

    private final Path dataDir;
    private final boolean ownsDataDir;
    private final SqlStorage storage;
    private final InProcessBus bus;
    private final UseCases useCases;
    private final RestApi http;
    private final URI baseUrl;

    private BenchNode(Path dataDir, boolean ownsDataDir, SqlStorage storage, InProcessBus bus, UseCases useCases,
                      RestApi http, URI baseUrl) {
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
        this.storage = storage;
        this.bus = bus;
        this.useCases = useCases;
        this.http = http;
        this.baseUrl = baseUrl;
    }

    /** Starts a node on a fresh database in {@code dataDir}, or in a new temporary directory when null. */
    static BenchNode start(Path dataDir) throws IOException {
        boolean owned = dataDir == null;
        Path dir = owned ? Files.createTempDirectory("parley-bench-") : Files.createDirectories(dataDir);
        Path db = dir.resolve("parley.db");
        if (Files.exists(db)) {
            throw new IllegalArgumentException(db + " exists: the benchmark needs a fresh database");
        }
        InstantSource clock = InstantSource.system();
        SqlStorage storage = SqlStorage.sqlite(db);
        InProcessBus bus = new InProcessBus();
        var hasher = new PasswordHasher(1024, 1, 1);
        var tokens = new AccessTokens(SigningKey.loadOrCreate(dir), "http://localhost", TOKEN_TTL, clock);
        var authLimits = new CoreWiring.AuthLimits(1_000_000, 1_000_000, Duration.ofMinutes(1),
                1_000_000, Duration.ofMinutes(1));
        var messaging = new CoreWiring.MessagingLimits(1_000_000, 1_000_000, 250);
        UseCases useCases = CoreWiring.useCases(storage, bus, hasher, tokens, Duration.ofDays(1), authLimits, messaging,
                new IdGenerator(clock, 0), clock);
        var http = new RestApi(useCases, new HttpConfig("127.0.0.1", 0, 1_048_576, "http://localhost", List.of()));
        int port = http.start();
        return new BenchNode(dir, owned, storage, bus, useCases, http, URI.create("http://127.0.0.1:" + port));
    }

    UseCases useCases() {
        return useCases;
    }

    /** The storage under the use cases, for filling history fast; never used by what is measured. */
    SqlStorage storage() {
        return storage;
    }

    RestApi http() {
        return http;
    }

    URI baseUrl() {
        return baseUrl;
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        http.close();
        bus.close();
        storage.close();
        if (ownsDataDir) {
            deleteTree(dataDir);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
