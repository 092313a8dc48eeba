package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bus.PresenceSignal.Held;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merge of a user's presence over devices and over nodes (gateway.md §11), table by table. */
class PresencesTest {
    private static Held on(String chosen, long chosenAt, boolean active) {
        return new Held(1, chosen, chosenAt, active, 0);
    }

    @Test
    void over_devices_of_one_node() {
        assertThat(Presences.merged("online", List.of())).isEqualTo("offline");
        assertThat(Presences.merged("online", List.of(true, false))).isEqualTo("online");
        assertThat(Presences.merged("online", List.of(true, true))).isEqualTo("idle");
        assertThat(Presences.merged("dnd", List.of(false))).isEqualTo("dnd");
        assertThat(Presences.merged("idle", List.of(false))).isEqualTo("idle");
        assertThat(Presences.merged("invisible", List.of(false))).isEqualTo("offline");
    }

    @Test
    void nobody_holding_the_user_is_offline() {
        assertThat(Presences.mergedAcross(List.of())).isEqualTo("offline");
    }

    @Test
    void a_device_in_use_on_any_node_makes_online() {
        assertThat(Presences.mergedAcross(List.of(on("online", 1, false), on("online", 1, true)))).isEqualTo("online");
        assertThat(Presences.mergedAcross(List.of(on("online", 1, false), on("online", 2, false)))).isEqualTo("idle");
    }

    @Test
    void the_status_chosen_last_on_any_node_wins() {
        assertThat(Presences.mergedAcross(List.of(on("online", 1, true), on("dnd", 2, false)))).isEqualTo("dnd");
        assertThat(Presences.mergedAcross(List.of(on("dnd", 1, true), on("online", 2, false)))).as("online chosen later, a device in use")
                .isEqualTo("online");
        assertThat(Presences.mergedAcross(List.of(on("online", 3, true), on("invisible", 2, true)))).isEqualTo("online");
        assertThat(Presences.mergedAcross(List.of(on("online", 1, true), on("invisible", 2, false)))).isEqualTo("offline");
        assertThat(Presences.mergedAcross(List.of(on("idle", 5, true), on("online", 4, true)))).isEqualTo("idle");
    }

    @Test
    void a_tie_goes_to_the_same_status_on_every_node_whatever_the_order() {
        String one = Presences.mergedAcross(List.of(on("dnd", 7, true), on("idle", 7, true)));
        String other = Presences.mergedAcross(List.of(on("idle", 7, true), on("dnd", 7, true)));
        assertThat(one).isEqualTo(other).isEqualTo("idle");
    }

    @Test
    void a_node_within_its_offline_grace_still_counts_as_it_was() {
        Held ended = new Held(1, "online", 1, true, 1_000);
        assertThat(ended.connected()).isFalse();
        assertThat(Presences.mergedAcross(List.of(ended))).isEqualTo("online");
        assertThat(Presences.mergedAcross(List.of(ended, on("online", 1, false)))).isEqualTo("online");
    }
}
