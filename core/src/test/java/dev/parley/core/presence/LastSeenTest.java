package dev.parley.core.presence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.Caller;
import dev.parley.core.FactsEpoch;
import dev.parley.core.Mutations;
import dev.parley.core.World;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Last seen is stored per user, the later time wins, and recording it publishes nothing. */
class LastSeenTest {
    private final World world = new World();
    private final LastSeen lastSeen = new LastSeen(new Mutations(world.storage, world.bus, world.clock, FactsEpoch.local()));

    @Test
    void records_the_latest_time_and_publishes_nothing() {
        Caller ada = world.user("ada");
        Caller bob = world.user("bob");
        Instant now = world.clock.instant();
        world.bus.drain();

        lastSeen.record(ada.userId(), now);
        lastSeen.record(ada.userId(), now.minus(Duration.ofMinutes(1)));

        assertThat(lastSeen.of(List.of(ada.userId(), bob.userId()))).isEqualTo(Map.of(ada.userId(), now));
        assertThat(world.bus.drain()).isEmpty();
    }
}
