package dev.parley.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    private static final TrustedProxies PROXIES = TrustedProxies.parse(List.of("10.0.0.0/8", "192.168.1.7", "fd00::/8"));

    @ParameterizedTest(name = "peer {0}, X-Forwarded-For [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // an untrusted peer is itself, whatever it claims
            "203.0.113.9 | 1.2.3.4 | 203.0.113.9",
            // a trusted proxy: the rightmost untrusted hop is the client
            "10.1.2.3 | 198.51.100.20 | 198.51.100.20",
            "10.1.2.3 | 6.6.6.6, 198.51.100.20 | 198.51.100.20",
            "10.1.2.3 | 198.51.100.20, 10.9.9.9 | 198.51.100.20",
            "192.168.1.7 | 2001:db8::1 | 2001:db8:0:0:0:0:0:1",
            "fd12::1 | 198.51.100.20, fd00::2 | 198.51.100.20",
            // every hop trusted: the leftmost
            "10.1.2.3 | 10.0.0.8, 10.0.0.9 | 10.0.0.8",
            // no or garbled header: the peer
            "10.1.2.3 | null | 10.1.2.3",
            "10.1.2.3 | '' | 10.1.2.3",
            "10.1.2.3 | evil.example.com | 10.1.2.3",
            "10.1.2.3 | 198.51.100.20, not-an-ip | 10.1.2.3",
            // 192.168.1.7 alone is trusted, not its neighbours
            "192.168.1.8 | 1.2.3.4 | 192.168.1.8",
    })
    void the_client_is_the_first_untrusted_hop_from_the_right(String peer, String forwardedFor, String client) {
        assertThat(PROXIES.clientAddress(peer, forwardedFor)).isEqualTo(client);
    }

    @Test
    void without_trusted_proxies_headers_are_ignored() {
        assertThat(TrustedProxies.NONE.clientAddress("10.1.2.3", "1.2.3.4")).isEqualTo("10.1.2.3");
        assertThat(TrustedProxies.NONE.isEmpty()).isTrue();
    }

    @Test
    void prefix_lengths_cut_inside_a_byte() {
        TrustedProxies proxies = TrustedProxies.parse(List.of("172.16.0.0/12"));
        assertThat(proxies.trusts("172.31.255.255")).isTrue();
        assertThat(proxies.trusts("172.32.0.0")).isFalse();
        assertThat(proxies.trusts("172.15.255.255")).isFalse();
        assertThat(proxies.trusts("::ffff:1")).isFalse();
    }

    @Test
    void entries_that_are_not_addresses_are_refused_by_name() {
        assertThatThrownBy(() -> TrustedProxies.parse(List.of("10.0.0.0/8", "proxy.internal")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'proxy.internal'");
        assertThatThrownBy(() -> TrustedProxies.parse(List.of("10.0.0.0/33")))
                .hasMessageContaining("prefix length out of range in '10.0.0.0/33'");
        assertThatThrownBy(() -> TrustedProxies.parse(List.of("10.0.0.0/x"))).hasMessageContaining("'10.0.0.0/x'");
    }
}
