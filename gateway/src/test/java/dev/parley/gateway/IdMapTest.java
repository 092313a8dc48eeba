package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdMapTest {

    @Test
    void agreesWithAHashMapThroughRandomPutsAndRemovesOfTimeOrderedIds() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            IdMap<String> map = new IdMap<>();
            Map<Long, String> expected = new HashMap<>();
            List<Long> keys = new ArrayList<>();
            long millis = 1_000_000;
            for (int op = 0; op < 20_000; op++) {
                int what = random.nextInt(10);
                if (what < 5 || keys.isEmpty()) {
                    millis += random.nextInt(3);
                    // As IdGenerator makes them: milliseconds, node 1, a counter that is mostly 0.
                    long id = (millis << 22) | (1L << 12) | (random.nextInt(4) == 0 ? random.nextInt(4096) : 0);
                    String value = "v" + op;
                    map.put(id, value);
                    if (expected.put(id, value) == null) {
                        keys.add(id);
                    }
                } else if (what < 8) {
                    long id = keys.remove(random.nextInt(keys.size()));
                    map.remove(id);
                    expected.remove(id);
                } else {
                    long id = random.nextBoolean() && !keys.isEmpty() ? keys.get(random.nextInt(keys.size())) : random.nextLong(1, Long.MAX_VALUE);
                    assertThat(map.get(id)).isEqualTo(expected.get(id));
                }
            }
            assertThat(map.size()).isEqualTo(expected.size());
            expected.forEach((id, value) -> assertThat(map.get(id)).as("id %d", id).isEqualTo(value));
        }
    }

    @Test
    void removingAnAbsentIdChangesNothingAndDefaultsApply() {
        IdMap<String> map = new IdMap<>();
        map.put(7, "seven");
        map.remove(8);
        assertThat(map.size()).isEqualTo(1);
        assertThat(map.getOrDefault(8, "none")).isEqualTo("none");
        assertThat(map.computeIfAbsent(7, id -> "other")).isEqualTo("seven");
        assertThat(map.computeIfAbsent(9, id -> "nine")).isEqualTo("nine");
        assertThat(map.get(9)).isEqualTo("nine");
    }

    @Test
    void refusesIdZeroAndNullValues() {
        IdMap<String> map = new IdMap<>();
        assertThatThrownBy(() -> map.put(0, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> map.put(1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(map.size()).isZero();
    }
}
