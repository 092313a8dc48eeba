package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link dev.parley.store.user.LastSeenStore}: absent until recorded; the later time always wins. */
public abstract class LastSeenStoreContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void recordsKeepTheLatestTimePerUser() {
        User alice = fixtures.user("alice");
        User bob = fixtures.user("bob");
        User carol = fixtures.user("carol");
        insert(alice, bob, carol);

        inWrite(tx -> tx.lastSeen().record(alice.id(), T0.plusSeconds(60)));
        inWrite(tx -> tx.lastSeen().record(alice.id(), T0));
        inWrite(tx -> tx.lastSeen().record(bob.id(), T0));
        inWrite(tx -> tx.lastSeen().record(bob.id(), T0.plusSeconds(5)));

        assertThat(committed().lastSeen().of(List.of(alice.id(), bob.id(), carol.id())))
                .isEqualTo(Map.of(alice.id(), T0.plusSeconds(60), bob.id(), T0.plusSeconds(5)));
        assertThat(committed().lastSeen().of(List.of())).isEmpty();
    }
}
