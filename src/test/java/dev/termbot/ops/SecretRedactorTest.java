package dev.termbot.ops;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

// Fake tokens are split in the source ("xox" + "b-...") so that secret scanners never mistake them for real ones.
class SecretRedactorTest {

    @Test
    void configured_values_are_replaced_wherever_they_appear() {
        SecretRedactor redactor = SecretRedactor.fromEnvironment(Map.of("SLACK_SIGNING_SECRET", "8f742231b10e8888abc7d2c1"));

        assertThat(redactor.redact("sig=8f742231b10e8888abc7d2c1;again:8f742231b10e8888abc7d2c1"))
                .isEqualTo("sig=[REDACTED];again:[REDACTED]");
    }

    @Test
    void the_database_password_is_redacted_from_its_variable_and_from_inside_the_url() {
        SecretRedactor redactor = SecretRedactor.fromEnvironment(Map.of(
                "TERMBOT_DATABASE_PASSWORD", "pg-pass-4711",
                "TERMBOT_DATABASE_URL", "jdbc:postgresql://db/termbot?user=bot&password=url-pass-0815&ssl=true"));
        SecretRedactor inHost = SecretRedactor.fromEnvironment(Map.of(
                "TERMBOT_DATABASE_URL", "jdbc:postgresql://bot:host-pass-42@db/termbot"));

        assertThat(redactor.redact("auth pg-pass-4711 / url-pass-0815")).isEqualTo("auth [REDACTED] / [REDACTED]");
        assertThat(inHost.redact("failed with host-pass-42")).isEqualTo("failed with [REDACTED]");
    }

    @Test
    void slack_and_discord_token_shapes_are_redacted_even_when_not_configured() {
        SecretRedactor redactor = SecretRedactor.fromEnvironment(Map.of());

        assertThat(redactor.redact("bot xox" + "b-1234567890-0987654321-AbCdEfGh end")).isEqualTo("bot [REDACTED] end");
        assertThat(redactor.redact("user xoxp-1-2-3-abcdefgh")).isEqualTo("user [REDACTED]");
        assertThat(redactor.redact("app xapp-1-A0123-4567-0a1b2c")).isEqualTo("app [REDACTED]");
        assertThat(redactor.redact("Bot MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.AbCdEfGhIjKlMnOpQrStUvWxYz012345"))
                .isEqualTo("Bot [REDACTED]");
    }

    @Test
    void ordinary_text_is_left_alone() {
        SecretRedactor redactor = SecretRedactor.fromEnvironment(Map.of("PATH", "/usr/bin:/bin", "HOME", "/root"));

        String line = "Loaded 42 terms from /etc/termbot/glossary.yaml; xoxb- tokens start like this; dev.termbot.ops.OpsServer";
        assertThat(redactor.redact(line)).isEqualTo(line);
    }

    @Test
    void other_variables_that_name_a_secret_are_included() {
        assertThat(SecretRedactor.isSecretName("TERMBOT_SLACK_BOT_TOKEN")).isTrue();
        assertThat(SecretRedactor.isSecretName("DISCORD_CLIENT_SECRET")).isTrue();
        assertThat(SecretRedactor.isSecretName("TERMBOT_DB_PASSWORD")).isTrue();
        assertThat(SecretRedactor.isSecretName("TERMBOT_DB")).isFalse();
        assertThat(SecretRedactor.isSecretName("TERMBOT_LOG_LEVEL")).isFalse();
        assertThat(SecretRedactor.isSecretName("AWS_SECRET_ACCESS_KEY")).isFalse();
    }

    @Test
    void a_secret_containing_another_is_replaced_whole() {
        SecretRedactor redactor = SecretRedactor.fromEnvironment(Map.of(
                "TERMBOT_HASH_KEY", "abcdef", "TERMBOT_OTHER_KEY", "abcdef-and-more"));

        assertThat(redactor.redact("k=abcdef-and-more")).isEqualTo("k=[REDACTED]");
    }

    @Test
    void values_too_short_to_redact_safely_are_skipped() {
        SecretRedactor redactor = SecretRedactor.fromEnvironment(Map.of("TERMBOT_HASH_KEY", "abc"));

        assertThat(redactor.redact("abc")).isEqualTo("abc");
        assertThat(redactor.redact(null)).isNull();
    }
}
