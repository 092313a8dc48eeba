package dev.parley.bench.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GatewayOptionsTest {
    @Test
    void the_cluster_target_has_a_fan_out_of_its_own() {
        GatewayOptions o = GatewayOptions.parse(new String[] {"--targets", "parley,cluster", "--cluster-fanout-members", "20000"});
        assertThat(o.fanoutMembers("parley")).isEqualTo(10_000);
        assertThat(o.fanoutMembers("cluster")).isEqualTo(20_000);
    }

    @Test
    void the_cluster_seeds_only_the_users_its_scenarios_need() {
        GatewayOptions fanout = GatewayOptions.parse(new String[] {"--targets", "cluster", "--scenarios", "memory,fanout,latency",
                "--cluster-fanout-members", "20000", "--latency-clients", "5000"});
        GatewayOptions latency = GatewayOptions.parse(new String[] {"--targets", "cluster", "--scenarios", "memory,latency",
                "--latency-clients", "2000"});
        assertThat(fanout.clusterUsers()).isEqualTo(20_000);
        assertThat(latency.clusterUsers()).isEqualTo(2_000); // memory is not measured on the cluster
    }

    @Test
    void the_printed_command_repeats_the_cluster_options() {
        GatewayOptions o = GatewayOptions.parse(new String[] {"--targets", "cluster", "--cluster-fanout-members", "2000",
                "--cluster-postgres", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"});
        assertThat(o.command()).contains("--targets cluster", "--cluster-fanout-members 2000", "--cluster-gateways 2",
                "--cluster-pool-size 8",
                "--cluster-postgres 'jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres'");
        assertThat(GatewayOptions.DEFAULTS.command()).doesNotContain("--cluster");
    }

    @Test
    void unknown_targets_and_gateway_counts_below_one_are_refused() {
        assertThatThrownBy(() -> GatewayOptions.parse(new String[] {"--targets", "swarm"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("raw, parley, cluster");
        assertThatThrownBy(() -> GatewayOptions.parse(new String[] {"--targets", "cluster", "--cluster-gateways", "0"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
