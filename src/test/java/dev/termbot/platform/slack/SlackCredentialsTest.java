package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackCredentialsTest {

    @Test
    void reads_the_three_variables_and_picks_the_mode() {
        SlackCredentials socket = SlackCredentials.fromEnvironment(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-secret-bot", "SLACK_SIGNING_SECRET", "s3cr3t", "SLACK_APP_TOKEN", "xapp-secret-app"));
        SlackCredentials http = SlackCredentials.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-secret-bot"));

        assertThat(socket.socketMode()).isTrue();
        assertThat(socket.isPresent()).isTrue();
        assertThat(http.socketMode()).isFalse();
        assertThat(http.signingSecret()).isEmpty();
        assertThat(SlackCredentials.fromEnvironment(Map.of()).isPresent()).isFalse();
    }

    @Test
    void to_string_never_shows_a_secret() {
        SlackCredentials credentials = new SlackCredentials("xoxb-secret-bot", "s3cr3t", "");

        assertThat(credentials.toString())
                .isEqualTo("SlackCredentials[botToken=set, signingSecret=set, appToken=absent]")
                .doesNotContain("xoxb").doesNotContain("s3cr3t");
    }
}
