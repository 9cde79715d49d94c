package dev.termbot.platform.discord;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiscordSettingsTest {

    @Test
    void defaults_reply_register_globally_and_use_discords_own_endpoints() {
        assertThat(DiscordSettings.DEFAULTS.replyMode()).isEqualTo(DiscordSettings.ReplyMode.REPLY);
        assertThat(DiscordSettings.DEFAULTS.guildIds()).isEmpty();
        assertThat(DiscordSettings.DEFAULTS.moderatorChannelId()).isEmpty();
        assertThat(DiscordSettings.DEFAULTS.apiUrl()).isEmpty();
        assertThat(DiscordSettings.DEFAULTS.gatewayUrl()).isEmpty();
    }

    @Test
    void reply_mode_reads_the_settings_file_spelling() {
        assertThat(DiscordSettings.ReplyMode.parse("react")).isEqualTo(DiscordSettings.ReplyMode.REACT);
        assertThat(DiscordSettings.ReplyMode.parse(" Reply ")).isEqualTo(DiscordSettings.ReplyMode.REPLY);
        assertThatThrownBy(() -> DiscordSettings.ReplyMode.parse("shout"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reply or react");
    }

    @Test
    void endpoint_overrides_come_from_the_environment_and_the_api_url_gets_its_trailing_slash() {
        // GIVEN both variables set (and an unrelated one)
        Map<String, String> env = Map.of(DiscordSettings.API_URL_VARIABLE, "http://127.0.0.1:8080/api/v10",
                DiscordSettings.GATEWAY_URL_VARIABLE, "ws://127.0.0.1:8081/", "HOME", "/root");

        // WHEN applied to the defaults
        DiscordSettings settings = DiscordSettings.DEFAULTS.withEndpointsFrom(env);

        // THEN both are used
        assertThat(settings.apiUrl()).contains("http://127.0.0.1:8080/api/v10/");
        assertThat(settings.gatewayUrl()).contains("ws://127.0.0.1:8081/");
        // AND blank variables change nothing
        assertThat(DiscordSettings.DEFAULTS.withEndpointsFrom(Map.of(DiscordSettings.API_URL_VARIABLE, " ")).apiUrl()).isEmpty();
    }

    @Test
    void the_settings_files_moderator_roles_split_into_ids_and_names() {
        DiscordSettings settings = DiscordSettings.fromConfig(DiscordSettings.ReplyMode.REACT, List.of("123"),
                List.of("400000000000000001", " Moderators ", ""), "300", Map.of(DiscordSettings.GATEWAY_URL_VARIABLE, "ws://127.0.0.1:9/"));

        assertThat(settings.replyMode()).isEqualTo(DiscordSettings.ReplyMode.REACT);
        assertThat(settings.guildIds()).containsExactly("123");
        assertThat(settings.moderatorRoleIds()).containsExactly("400000000000000001");
        assertThat(settings.moderatorRoleNames()).containsExactly("Moderators");
        assertThat(settings.moderatorChannelId()).isEqualTo("300");
        assertThat(settings.gatewayUrl()).contains("ws://127.0.0.1:9/");
        assertThat(settings.apiUrl()).isEmpty();
    }

    @Test
    void ids_and_urls_are_checked_when_settings_are_made() {
        assertThatThrownBy(() -> new DiscordSettings(DiscordSettings.ReplyMode.REPLY, List.of("my-server"), List.of(),
                List.of(), "", Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("guild_ids");
        assertThatThrownBy(() -> new DiscordSettings(DiscordSettings.ReplyMode.REPLY, List.of(), List.of(), List.of(),
                "#mods", Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("moderator_channel_id");
        assertThatThrownBy(() -> new DiscordSettings(DiscordSettings.ReplyMode.REPLY, List.of(), List.of(), List.of(),
                "", Optional.empty(), Optional.of("http://127.0.0.1:1/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(DiscordSettings.GATEWAY_URL_VARIABLE);
    }
}
