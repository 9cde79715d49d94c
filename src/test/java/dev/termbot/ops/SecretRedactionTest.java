package dev.termbot.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.MDC;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No configured secret, nor anything shaped like a Slack or Discord token, survives into a log line
 * written through real Logback, in either format, whether it sits in the message, an argument,
 * the MDC, a key-value pair, an exception message, a nested cause or a suppressed exception.
 */
// Fake tokens are split in the source ("xox" + "b-...") so that secret scanners never mistake them for real ones.
class SecretRedactionTest {
    // fake values with the shapes of the real ones; the hash key has characters JSON escapes
    private static final Map<String, String> ENV = Map.of(
            "SLACK_BOT_TOKEN", "xox" + "b-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx",
            "SLACK_SIGNING_SECRET", "8f742231b10e8888abc7d2c1ca9a2f1e",
            "SLACK_APP_TOKEN", "xa" + "pp-1-A0123456789-1234567890123-0a1b2c3d4e5f",
            "DISCORD_TOKEN", "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.AbCdEfGhIjKlMnOpQrStUvWxYz012345",
            "TERMBOT_HASH_KEY", "pepper\"with\\quotes and spaces",
            "PATH", "/usr/bin:/bin");
    private static final String UNCONFIGURED_SLACK_TOKEN = "xox" + "p-5555555555-6666666666-ZyXwVuTsRqPoNmLk";
    private static final List<String> SECRETS = List.of(
            ENV.get("SLACK_BOT_TOKEN"), ENV.get("SLACK_SIGNING_SECRET"), ENV.get("SLACK_APP_TOKEN"),
            ENV.get("DISCORD_TOKEN"), ENV.get("TERMBOT_HASH_KEY"), UNCONFIGURED_SLACK_TOKEN);

    @BeforeEach
    void installSecrets() {
        SecretRedactor.install(ENV);
    }

    @AfterEach
    void restoreRedactor() {
        SecretRedactor.install(System.getenv());
        MDC.clear();
    }

    @ParameterizedTest
    @EnumSource(LogFormat.class)
    void no_secret_appears_in_any_log_line(LogFormat format) {
        String output;
        try (InMemoryLogback logback = new InMemoryLogback(format)) {
            Logger log = logback.logger("dev.termbot.platform.slack.BoltSlackPlatform");
            // GIVEN secrets in arguments, concatenated text, MDC, key-value pairs and exceptions
            log.info("Connecting with token {}", ENV.get("SLACK_BOT_TOKEN"));
            log.warn("Signature check failed, secret=" + ENV.get("SLACK_SIGNING_SECRET"));
            MDC.put("app_token", ENV.get("SLACK_APP_TOKEN"));
            log.atInfo().addKeyValue("hash_key", ENV.get("TERMBOT_HASH_KEY")).log("Hash key loaded");
            MDC.clear();
            log.error("Gateway closed", nestedFailure());
            log.debug("Someone pasted {} in a channel", UNCONFIGURED_SLACK_TOKEN);
            output = logback.output();
        }

        // THEN none of them, raw or JSON-escaped, is anywhere in the bytes written
        for (String secret : SECRETS) {
            assertThat(output).doesNotContain(secret).doesNotContain(jsonEscaped(secret));
        }
        // AND the lines are still useful: the rest of each message and the causes survive
        assertThat(output)
                .contains("Connecting with token [REDACTED]")
                .contains("Signature check failed, secret=[REDACTED]")
                .contains("Gateway closed")
                .contains("Caused by: java.io.UncheckedIOException: read failed for [REDACTED]")
                .contains("Someone pasted [REDACTED] in a channel");
        assertThat(output.split("\n", -1)).filteredOn(line -> line.contains("[REDACTED]")).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(LogFormat.class)
    void secrets_in_exception_messages_are_redacted_in_every_cause(LogFormat format) throws IOException {
        String output;
        try (InMemoryLogback logback = new InMemoryLogback(format)) {
            logback.logger("dev.termbot.cli.RunCommand").error("Start failed", nestedFailure());
            output = logback.output();
        }

        String stack = format == LogFormat.JSON
                ? new ObjectMapper().readTree(output).path("exception").path("stack").asText()
                : output;
        assertThat(stack)
                .contains("java.lang.IllegalStateException: login refused for [REDACTED]")
                .contains("Caused by: java.io.UncheckedIOException: read failed for [REDACTED]")
                .contains("Caused by: java.lang.IllegalArgumentException: bad key [REDACTED]")
                .contains("Suppressed: java.lang.RuntimeException: cleanup with [REDACTED]");
        for (String secret : SECRETS) {
            assertThat(output).doesNotContain(secret).doesNotContain(jsonEscaped(secret));
        }
    }

    @ParameterizedTest
    @EnumSource(LogFormat.class)
    void a_secret_installed_later_is_redacted_from_then_on(LogFormat format) {
        SecretRedactor.install(Map.of());
        String output;
        try (InMemoryLogback logback = new InMemoryLogback(format)) {
            Logger log = logback.logger("dev.termbot.cli.RunCommand");
            SecretRedactor.install(Map.of("SLACK_SIGNING_SECRET", "0123abcd0123abcd0123abcd0123abcd"));
            log.info("secret is {}", "0123abcd0123abcd0123abcd0123abcd");
            output = logback.output();
        }

        assertThat(output).doesNotContain("0123abcd0123abcd0123abcd0123abcd").contains("secret is [REDACTED]");
    }

    @Test
    void json_lines_stay_valid_json_after_redaction() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        try (InMemoryLogback logback = new InMemoryLogback(LogFormat.JSON)) {
            MDC.put("request", "r-1");
            logback.logger("x").error("failed with " + ENV.get("TERMBOT_HASH_KEY"), nestedFailure());
            for (String line : logback.output().split("\n")) {
                lines.add(new ObjectMapper().readTree(line));
            }
        }

        assertThat(lines).hasSize(1);
        JsonNode line = lines.get(0);
        assertThat(line.path("message").asText()).isEqualTo("failed with [REDACTED]");
        assertThat(line.path("mdc").path("request").asText()).isEqualTo("r-1");
        assertThat(line.path("exception").path("class").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(line.path("exception").path("message").asText()).isEqualTo("login refused for [REDACTED]");
    }

    @Test
    void key_value_pairs_are_an_object_of_their_own_and_redacted() throws IOException {
        JsonNode line;
        try (InMemoryLogback logback = new InMemoryLogback(LogFormat.JSON)) {
            logback.logger("x").atInfo().addKeyValue("channel", "C0GENERAL")
                    .addKeyValue("token", ENV.get("DISCORD_TOKEN")).log("posted");
            line = new ObjectMapper().readTree(logback.output());
        }

        assertThat(line.path("kv").path("channel").asText()).isEqualTo("C0GENERAL");
        assertThat(line.path("kv").path("token").asText()).isEqualTo("[REDACTED]");
        assertThat(line.has("exception")).isFalse();
    }

    /** A failure whose message, causes and suppressed exception each carry a different secret. */
    private static Exception nestedFailure() {
        IllegalArgumentException root = new IllegalArgumentException("bad key " + ENV.get("TERMBOT_HASH_KEY"));
        UncheckedIOException middle = new UncheckedIOException("read failed for " + ENV.get("DISCORD_TOKEN"),
                new IOException("io", root));
        IllegalStateException top = new IllegalStateException("login refused for " + ENV.get("SLACK_BOT_TOKEN"), middle);
        top.addSuppressed(new RuntimeException("cleanup with " + ENV.get("SLACK_APP_TOKEN")));
        return top;
    }

    private static String jsonEscaped(String raw) {
        return raw.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
