package dev.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {
    private final AtomicLong millis = new AtomicLong(Instant.parse("2026-06-01T00:00:00Z").toEpochMilli());
    private final InstantSource clock = () -> Instant.ofEpochMilli(millis.get());

    @Test
    void ids_strictly_increase_within_one_millisecond_and_across() {
        IdGenerator ids = new IdGenerator(clock, 3);
        long previous = ids.next();
        for (int i = 0; i < 10_000; i++) {
            if (i % 1000 == 0) {
                millis.incrementAndGet();
            }
            long next = ids.next();
            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
    }

    @Test
    void ids_encode_their_creation_time() {
        long id = new IdGenerator(clock, 0).next();
        assertThat(IdGenerator.millisOf(id)).isEqualTo(millis.get());
    }

    @Test
    void a_clock_stepping_back_never_repeats_an_id() {
        IdGenerator ids = new IdGenerator(clock, 1);
        long before = ids.next();
        millis.addAndGet(-5_000);
        assertThat(ids.next()).isGreaterThan(before);
    }

    @Test
    void exhausting_the_counter_borrows_the_next_millisecond() {
        IdGenerator ids = new IdGenerator(clock, 1);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 3 * 4096; i++) {
            assertThat(seen.add(ids.next())).isTrue();
        }
    }

    @Test
    void nodes_never_collide() {
        IdGenerator a = new IdGenerator(clock, 1);
        IdGenerator b = new IdGenerator(clock, 2);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            assertThat(seen.add(a.next())).isTrue();
            assertThat(seen.add(b.next())).isTrue();
        }
    }

    @Test
    void node_ids_outside_ten_bits_are_refused() {
        assertThatThrownBy(() -> new IdGenerator(clock, 1024)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdGenerator(clock, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
