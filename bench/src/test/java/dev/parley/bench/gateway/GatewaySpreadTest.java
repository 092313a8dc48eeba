package dev.parley.bench.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GatewaySpreadTest {
    private static final URI ONE = URI.create("ws://127.0.0.1:40001/gateway");
    private static final URI TWO = URI.create("ws://127.0.0.1:40002/gateway");
    private final GatewaySpread two = new GatewaySpread(List.of(ONE, TWO));

    @Test
    void the_cluster_fan_out_puts_half_of_its_members_and_senders_on_each_gateway() {
        Map<URI, Integer> connections = new HashMap<>();
        for (int member = 0; member < 20_000; member++) {
            connections.merge(two.forClient(member), 1, Integer::sum);
        }
        for (int sender = 0; sender < 32; sender++) {
            connections.merge(two.forSender(sender), 1, Integer::sum);
        }
        assertThat(connections).containsOnly(Map.entry(ONE, 10_016), Map.entry(TWO, 10_016));
    }

    @Test
    void every_latency_channel_has_members_on_every_gateway() {
        int groupSize = 100;
        for (int group = 0; group < 50; group++) {
            Map<URI, Integer> members = new HashMap<>();
            for (int i = group * groupSize; i < (group + 1) * groupSize; i++) {
                members.merge(two.forClient(i), 1, Integer::sum);
            }
            assertThat(members).as("channel %d", group).containsOnly(Map.entry(ONE, 50), Map.entry(TWO, 50));
        }
    }

    @Test
    void every_worker_block_of_clients_opens_every_gateway() {
        // GatewayLoad gives each worker process a contiguous block of roster clients.
        for (int from : List.of(0, 9_000, 18_000)) {
            Set<URI> opened = new HashSet<>();
            for (int i = from; i < from + 2; i++) {
                opened.add(two.forClient(i));
            }
            assertThat(opened).containsExactlyInAnyOrder(ONE, TWO);
        }
    }

    @Test
    void one_gateway_takes_every_client() {
        GatewaySpread one = new GatewaySpread(List.of(ONE));
        assertThat(List.of(one.forClient(0), one.forClient(7), one.forSender(3))).containsOnly(ONE);
    }

    @Test
    void a_worker_reads_the_gateways_from_the_spec_it_is_given() {
        assertThat(GatewaySpread.parse(two.spec())).isEqualTo(two);
        assertThat(GatewaySpread.parse(ONE.toString()).gateways()).containsExactly(ONE);
        assertThatThrownBy(() -> new GatewaySpread(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
