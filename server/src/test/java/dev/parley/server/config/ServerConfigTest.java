package dev.parley.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
    @Test
    void withoutPublicUrlTheServerIsReachedOnLocalhost() {
        var server = new ServerConfig("0.0.0.0", 9000, "", 1024, List.of());
        assertThat(server.effectivePublicUrl()).isEqualTo("http://localhost:9000");
        assertThat(server.effectiveAllowedOrigins()).containsExactly("http://localhost:9000");
    }

    @Test
    void thePublicUrlIsNormalizedAndIsTheDefaultOrigin() {
        var server = new ServerConfig("0.0.0.0", 8080, "HTTPS://Chat.Example.com:443/", 1024, List.of());
        assertThat(server.publicUrl()).isEqualTo("https://chat.example.com");
        assertThat(server.effectiveAllowedOrigins()).containsExactly("https://chat.example.com");
    }

    @Test
    void allowedOriginsReplaceThePublicOrigin() {
        var server = new ServerConfig("0.0.0.0", 8080, "https://chat.example.com", 1024,
                List.of("https://a.example", "http://b.example:80", "https://a.example"));
        assertThat(server.effectiveAllowedOrigins()).containsExactly("https://a.example", "http://b.example");
    }
}
