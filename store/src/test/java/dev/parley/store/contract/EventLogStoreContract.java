package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.store.event.LoggedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.parley.store.event.EventLogStore}: positions grow in commit order and are never
 * reused; entries come back byte for byte; a failed transaction logs nothing; a purge keeps the
 * newest entry.
 */
public abstract class EventLogStoreContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void anEmptyLogHasHeadZeroAndNothingAfterIt() {
        assertThat(committed().events().head()).isZero();
        assertThat(committed().events().tail()).isEqualTo(1);
        assertThat(committed().events().after(0, 10)).isEmpty();
    }

    @Test
    void appendedEventsComeBackInPositionOrderByteForByte() {
        long first = write(tx -> tx.events().append("channel:1:2", "message_created", bytes("{\"a\":1}"), T0));
        long second = write(tx -> tx.events().append("users:7", "read_state_updated", bytes("{\"b\":\"é\"}"), T0.plusMillis(1)));

        assertThat(second).isGreaterThan(first);
        assertThat(committed().events().head()).isEqualTo(second);
        List<LoggedEvent> all = committed().events().after(0, 10);
        assertThat(all).extracting(LoggedEvent::position).containsExactly(first, second);
        assertThat(all.get(1).audience()).isEqualTo("users:7");
        assertThat(all.get(1).type()).isEqualTo("read_state_updated");
        assertThat(new String(all.get(1).payload(), StandardCharsets.UTF_8)).isEqualTo("{\"b\":\"é\"}");
        assertThat(all.get(1).at()).isEqualTo(T0.plusMillis(1));
        assertThat(committed().events().after(first, 10)).extracting(LoggedEvent::position).containsExactly(second);
        assertThat(committed().events().after(0, 1)).extracting(LoggedEvent::position).containsExactly(first);
    }

    @Test
    void severalAppendsInOneTransactionGetIncreasingPositions() {
        List<Long> positions = write(tx -> List.of(
                tx.events().append("community:1", "role_created", bytes("{}"), T0),
                tx.events().append("community:1", "member_updated", bytes("{}"), T0),
                tx.events().append("community:1", "role_deleted", bytes("{}"), T0)));

        assertThat(positions).isSorted().doesNotHaveDuplicates();
        assertThat(committed().events().after(0, 10)).extracting(LoggedEvent::type)
                .containsExactly("role_created", "member_updated", "role_deleted");
    }

    @Test
    void aFailedTransactionLogsNothing() {
        long kept = write(tx -> tx.events().append("users:1", "kept", bytes("{}"), T0));

        assertThatThrownBy(() -> inWrite(tx -> {
            tx.events().append("users:1", "lost", bytes("{}"), T0);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(committed().events().after(0, 10)).extracting(LoggedEvent::type).containsExactly("kept");
        assertThat(committed().events().head()).isEqualTo(kept);
    }

    @Test
    void purgeDeletesOldEntriesButKeepsTheNewestSoPositionsAreNeverReused() {
        long a = write(tx -> tx.events().append("users:1", "a", bytes("{}"), T0));
        long b = write(tx -> tx.events().append("users:1", "b", bytes("{}"), T0.plusSeconds(10)));
        long c = write(tx -> tx.events().append("users:1", "c", bytes("{}"), T0.plusSeconds(20)));

        assertThat(write(tx -> (Integer) tx.events().purgeBefore(T0.plusSeconds(15), 100)).intValue()).isEqualTo(2);
        assertThat(committed().events().after(0, 10)).extracting(LoggedEvent::position).containsExactly(c);
        assertThat(committed().events().tail()).isEqualTo(c);

        assertThat(write(tx -> (Integer) tx.events().purgeBefore(T0.plusSeconds(60), 100)).intValue()).isZero();
        long d = write(tx -> tx.events().append("users:1", "d", bytes("{}"), T0.plusSeconds(30)));
        assertThat(d).isGreaterThan(c).isGreaterThan(b).isGreaterThan(a);
    }

    @Test
    void purgeDeletesAtMostTheLimitOldestFirst() {
        write(tx -> tx.events().append("users:1", "a", bytes("{}"), T0));
        write(tx -> tx.events().append("users:1", "b", bytes("{}"), T0.plusSeconds(1)));
        long c = write(tx -> tx.events().append("users:1", "c", bytes("{}"), T0.plusSeconds(2)));
        long d = write(tx -> tx.events().append("users:1", "d", bytes("{}"), T0.plusSeconds(3)));

        assertThat(write(tx -> (Integer) tx.events().purgeBefore(T0.plusSeconds(60), 2)).intValue()).isEqualTo(2);
        assertThat(committed().events().after(0, 10)).extracting(LoggedEvent::position).containsExactly(c, d);
        assertThat(write(tx -> (Integer) tx.events().purgeBefore(T0.plusSeconds(60), 2)).intValue()).isEqualTo(1);
        assertThat(committed().events().after(0, 10)).extracting(LoggedEvent::position).containsExactly(d);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
