package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

    @Test
    void defaults_are_thread_mode_on_port_3000_with_slacks_own_api() {
        SlackSettings settings = SlackSettings.defaults();

        assertThat(settings.replyMode()).isEqualTo(SlackSettings.ReplyMode.THREAD);
        assertThat(settings.httpPort()).isEqualTo(3000);
        assertThat(settings.apiUrl()).isEmpty();
        assertThat(settings.moderatorChannel()).isEmpty();
        assertThat(settings.moderatorUserGroup()).isEmpty();
    }

    @Test
    void the_environment_sets_port_and_api_url() {
        SlackSettings settings = SlackSettings.defaults().withEnvironment(Map.of(
                "TERMBOT_SLACK_PORT", "8080", "TERMBOT_SLACK_API_URL", "http://127.0.0.1:9999/api"));

        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.apiUrl()).isEqualTo("http://127.0.0.1:9999/api/");
        assertThat(SlackSettings.defaults().withEnvironment(Map.of())).isEqualTo(SlackSettings.defaults());
    }

    @Test
    void bad_values_are_refused_with_the_variable_named() {
        assertThatThrownBy(() -> SlackSettings.defaults().withEnvironment(Map.of("TERMBOT_SLACK_PORT", "http")))
                .hasMessageContaining("TERMBOT_SLACK_PORT");
        assertThatThrownBy(() -> SlackSettings.defaults().withEnvironment(Map.of("TERMBOT_SLACK_PORT", "70000")))
                .hasMessageContaining("port");
        assertThatThrownBy(() -> SlackSettings.defaults().withApiUrl("ftp://x"))
                .hasMessageContaining("TERMBOT_SLACK_API_URL");
    }

    @Test
    void reply_mode_reads_config_words() {
        assertThat(SlackSettings.ReplyMode.parse("ephemeral")).isEqualTo(SlackSettings.ReplyMode.EPHEMERAL);
        assertThat(SlackSettings.ReplyMode.parse(" Thread ")).isEqualTo(SlackSettings.ReplyMode.THREAD);
        assertThatThrownBy(() -> SlackSettings.ReplyMode.parse("dm")).hasMessageContaining("thread or ephemeral");
    }
}
