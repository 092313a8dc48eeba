package dev.parley.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.World;
import dev.parley.store.event.LoggedEvent;
import dev.parley.store.gateway.ResumeRecord;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The purge keeps the retention window (and the newest entry), in as many batches as it takes; resume
 * records go once detached for a window or unsaved for two.
 */
class EventLogRetentionTest {
    private final World world = new World();
    private final EventLogRetention retention = new EventLogRetention(world.storage, world.clock);

    @Test
    void deletes_only_what_is_older_than_the_retention_in_batches() {
        int old = EventLogRetention.BATCH + 7;
        for (int i = 0; i < old; i++) {
            world.storage.write(tx -> tx.events().append("users:1", "x", new byte[] {'{', '}'}, world.clock.instant()));
        }
        world.clock.advance(Duration.ofMinutes(30));
        long recent = world.storage.write(tx -> tx.events().append("users:1", "y", new byte[] {'{', '}'}, world.clock.instant()));
        world.clock.advance(Duration.ofMinutes(31));

        assertThat(retention.purgeOlderThan(Duration.ofHours(1))).isEqualTo(old);
        List<LoggedEvent> left = world.storage.read(tx -> tx.events().after(0, 10));
        assertThat(left).extracting(LoggedEvent::position).containsExactly(recent);
        assertThat(retention.purgeOlderThan(Duration.ofHours(1))).isZero();
    }

    @Test
    void keeps_the_newest_entry_even_when_it_is_old() {
        long only = world.storage.write(tx -> tx.events().append("users:1", "x", new byte[] {'{', '}'}, world.clock.instant()));
        world.clock.advance(Duration.ofDays(2));

        assertThat(retention.purgeOlderThan(Duration.ofHours(1))).isZero();
        long head = world.storage.read(tx -> tx.events().head());
        assertThat(head).isEqualTo(only);
    }

    @Test
    void resume_records_go_once_detached_for_a_window_or_unsaved_for_two() {
        var window = Duration.ofMinutes(5);
        var now = world.clock.instant();
        world.storage.write(tx -> tx.resumeRecords().save(List.of(
                new ResumeRecord("gw_attached", 1, 1, "n", 0, 0, now.minus(Duration.ofMinutes(9)), null),
                new ResumeRecord("gw_orphaned", 1, 1, "n", 0, 0, now.minus(Duration.ofMinutes(11)), null),
                new ResumeRecord("gw_left_recently", 1, 1, "n", 0, 0, now, now.minus(Duration.ofMinutes(4))),
                new ResumeRecord("gw_left_long_ago", 1, 1, "n", 0, 0, now, now.minus(Duration.ofMinutes(6))))));

        assertThat(retention.purgeResumeRecords(window)).isEqualTo(2);
        assertThat(List.of("gw_attached", "gw_orphaned", "gw_left_recently", "gw_left_long_ago"))
                .filteredOn(id -> world.storage.read(tx -> tx.resumeRecords().find(id)).isPresent())
                .containsExactly("gw_attached", "gw_left_recently");
    }
}
