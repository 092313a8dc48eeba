package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.config.ParleyConfig;
import dev.parley.server.config.ServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behind a trusted load balancer, per-IP limits count the client named in X-Forwarded-For; from
 * anyone else the header changes nothing (registration allows 10 per IP per hour in TestConfigs).
 */
class ForwardedClientTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    Path dataDir;

    private ParleyConfig trusting(List<String> proxies) {
        ParleyConfig base = TestConfigs.forDataDir(dataDir);
        return new ParleyConfig(new ServerConfig("127.0.0.1", 0, "", 1_048_576, List.of(), proxies), base.storage(),
                base.auth(), base.rateLimits(), base.messaging(), base.gateway(), base.log(), base.node(), base.bus());
    }

    private static int register(int port, String name, String forwardedFor) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/register"))
                .header("content-type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + name + "\",\"display_name\":\"" + name
                        + "\",\"password\":\"correct horse battery staple\"}"))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void behind_a_trusted_proxy_each_forwarded_client_has_its_own_budget() throws Exception {
        try (Parley parley = Parley.open(trusting(List.of("127.0.0.0/8")), InstantSource.system())) {
            int port = parley.serve();
            for (int i = 0; i < 10; i++) {
                assertThat(register(port, "user" + i, "198.51.100.1")).isEqualTo(201);
            }
            assertThat(register(port, "user10", "198.51.100.1")).as("11th from the same client").isEqualTo(429);
            assertThat(register(port, "other", "203.0.113.5, 198.51.100.2")).as("another client").isEqualTo(201);
        }
    }

    @Test
    void from_an_untrusted_peer_the_header_changes_nothing() throws Exception {
        try (Parley parley = Parley.open(trusting(List.of()), InstantSource.system())) {
            int port = parley.serve();
            for (int i = 0; i < 10; i++) {
                assertThat(register(port, "user" + i, "198.51.100." + i)).isEqualTo(201);
            }
            assertThat(register(port, "user10", "198.51.100.99")).as("a forged header buys no budget").isEqualTo(429);
        }
    }
}
