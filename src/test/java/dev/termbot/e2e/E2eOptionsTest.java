package dev.termbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class E2eOptionsTest {
    @Test
    void the_warm_up_sends_every_reported_scenario_twice_before_the_first_run() {
        E2eOptions options = new E2eOptions(50, List.of(200, 2000), 30, 3, List.of("discord"), true);

        assertThat(options.warmupScenarios()).extracting(Scenario::name)
                .containsExactly("single", "burst-200", "burst-2000", "single", "burst-200", "burst-2000");
    }

    @Test
    void without_the_warm_up_nothing_is_sent_before_the_first_run() {
        E2eOptions options = new E2eOptions(50, List.of(200), 30, 3, List.of("discord"), false);

        assertThat(options.warmupScenarios()).isEmpty();
    }
}
