package dev.termbot.platform.discord;

import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiscordCredentialsTest {

    @Test
    void the_token_comes_from_discord_token_and_never_shows_in_to_string() {
        DiscordCredentials credentials = DiscordCredentials.fromEnvironment(Map.of("DISCORD_TOKEN", " secret-value \n"));

        assertThat(credentials.token()).isEqualTo("secret-value");
        assertThat(credentials.toString()).doesNotContain("secret");
    }

    @Test
    void a_pasted_authorization_header_prefix_is_dropped() {
        assertThat(DiscordCredentials.fromEnvironment(Map.of("DISCORD_TOKEN", "Bot abc.def")).token()).isEqualTo("abc.def");
    }

    @Test
    void a_missing_token_is_explained() {
        assertThatThrownBy(() -> DiscordCredentials.fromEnvironment(Map.of("DISCORD_TOKEN", "  ")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DISCORD_TOKEN");
        assertThatThrownBy(() -> DiscordCredentials.fromEnvironment(Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DISCORD_TOKEN");
    }
}
