package dev.termbot.core;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MentionGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"@everyone", "@here", "@channel", "<!channel>", "<!here>", "<!everyone>",
            "<@U024BE7LH>", "<@&123456789012345678>", "<#C024BE7LR>", "<!subteam^S123>", "hi @alice"})
    void echoed_text_cannot_form_a_mention(String text) {
        String safe = MentionGuard.defang(text);

        assertThat(safe).doesNotContainPattern("<[!@#]").doesNotContainPattern("@[\\p{L}\\p{N}_]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"distillation attack", "a < b and c > d", "email me at x", "50% off"})
    void ordinary_text_is_left_alone(String text) {
        assertThat(MentionGuard.defang(text)).isEqualTo(text);
    }
}
