package dev.termbot.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"45m,PT45M", "2h,PT2H", "1h30m,PT1H30M", "7d,PT168H", "90s,PT1M30S", " 10M ,PT10M"})
    void parses_what_moderators_type(String text, String iso) {
        assertThat(Durations.parse(text)).contains(Duration.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "45", "m", "-5m", "1x", "5 minutes", "400d", "1h 30m"})
    void rejects_anything_else(String text) {
        assertThat(Durations.parse(text)).isEmpty();
    }

    @Test
    void prints_what_it_parses() {
        for (String text : new String[] {"45m", "1h30m", "7d", "1d2h3m4s"}) {
            assertThat(Durations.format(Durations.parse(text).orElseThrow())).isEqualTo(text);
        }
    }
}
