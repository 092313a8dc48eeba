package dev.parley.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AudienceTest {
    @Test
    void everyKindOfAudienceSurvivesEncoding() {
        for (Audience audience : new Audience[] {new Audience.Community(12), new Audience.Channel(12, 34),
                new Audience.Users(Set.of(3L, 1L, 2L)), new Audience.Users(Set.of()), new Audience.PeersOf(9)}) {
            assertThat(Audience.decode(audience.encode())).isEqualTo(audience);
        }
        assertThat(new Audience.Users(Set.of(3L, 1L, 2L)).encode()).isEqualTo("users:1,2,3");
        assertThat(new Audience.Channel(12, 34).encode()).isEqualTo("channel:12:34");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "community", "community:x", "channel:1", "users:1,,2", "team:1", "peers:"})
    void anythingElseIsRefused(String encoded) {
        assertThatThrownBy(() -> Audience.decode(encoded)).isInstanceOf(IllegalArgumentException.class);
    }
}
