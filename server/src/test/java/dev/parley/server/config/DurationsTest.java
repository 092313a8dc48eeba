package dev.parley.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {
    @ParameterizedTest
    @CsvSource({
            "30s, PT30S", "15m, PT15M", "2h, PT2H", "30d, PT720H", "500ms, PT0.5S", "1h30m, PT1H30M",
            "PT15M, PT15M", "pt15m, PT15M", "P1D, PT24H", "' 15m ', PT15M"})
    void parses(String text, String iso) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "15", "15 m", "15M", "-5m", "1.5h", "1w", "P", "99999999999999999999d"})
    void rejects(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Durations.parse(text))
                .withMessageStartingWith("not a duration: \"" + text + "\"");
    }

    @ParameterizedTest
    @CsvSource({"PT720H, 30d", "PT24H, 24h", "PT48H, 2d", "PT2H, 2h", "PT15M, 15m", "PT90S, 90s", "PT0.25S, 250ms", "PT0S, PT0S", "PT-1M, PT-1M"})
    void formatsInTheLargestExactUnit(String iso, String text) {
        assertThat(Durations.format(Duration.parse(iso))).isEqualTo(text);
    }
}
