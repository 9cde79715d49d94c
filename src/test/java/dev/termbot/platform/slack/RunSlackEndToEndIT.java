package dev.termbot.platform.slack;

import dev.termbot.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole product as an operator runs it: {@code termbot run --platform slack} in its own JVM,
 * with the real glossary, detector, SQLite file, health server and Slack adapter, against a fake
 * Slack Web API. Covers the done-when of the Slack issue and the reload, readiness, metrics and
 * SIGTERM promises of the operations issue.
 */
class RunSlackEndToEndIT {
    private static final String BOT_TOKEN = SlackBotProcess.BOT_TOKEN;
    private static final String SECRET = SlackBotProcess.SECRET;

    @TempDir
    Path dir;

    private FakeSlackApi api;
    private SlackBotProcess process;
    private Process bot;
    private Path glossary;
    private Path log;
    private SignedPoster slack;

    @BeforeEach
    void start_the_bot_as_a_process() throws Exception {
        api = new FakeSlackApi();
        glossary = dir.resolve("glossary.yaml");
        Files.copy(Path.of("config", "glossary.yaml"), glossary);
        log = dir.resolve("termbot.log");
        process = SlackBotProcess.start(dir, dir.resolve("termbot.db"), glossary, api, log);
        bot = process.process;
        slack = process.poster();
    }

    @AfterEach
    void stop() throws Exception {
        process.close();
        api.close();
    }

    @Test
    void a_signed_distillation_attack_event_gets_a_threaded_note_and_sigterm_loses_nothing() throws Exception {
        // WHEN Slack delivers a message with the phrase, and the same delivery again (a retry)
        slack.json(Payloads.message("Ev0E2E01", "C0GENERAL", "U0ALICE", "1714824000.000200",
                "Anthropic wrote about a distillation attack by three labs").toString());
        slack.json(Payloads.message("Ev0E2E01", "C0GENERAL", "U0ALICE", "1714824000.000200",
                "Anthropic wrote about a distillation attack by three labs").toString());

        // THEN exactly one note goes into the message's thread, with the rule's links
        FakeSlackApi.Call note = Await.value("note posted", () -> first(api.delivered("chat.postMessage")));
        assertThat(note.param("thread_ts")).isEqualTo("1714824000.000200");
        assertThat(note.param("text")).contains("https://www.interconnects.ai/p/the-distillation-panic",
                "https://www.anthropic.com/news/detecting-and-preventing-distillation-attacks");
        assertThat(get("/metrics").body()).contains("termbot_hits_total{platform=\"slack\",rule=\"distillation-attack\"} 1.0");

        // WHEN the operator stops the bot
        bot.destroy();

        // THEN it exits 0 and every event reached the database
        assertThat(bot.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bot.exitValue()).isZero();
        assertThat(count("SELECT COUNT(*) FROM usage_events WHERE kind = 'HIT'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM usage_events WHERE kind = 'REPLIED'")).isEqualTo(1);
        assertThat(api.delivered("chat.postMessage")).hasSize(1);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(output).contains("termbot stopped").doesNotContain(BOT_TOKEN).doesNotContain(SECRET);
    }

    @Test
    void an_edited_glossary_is_picked_up_and_a_broken_edit_keeps_the_last_good_one() throws Exception {
        // WHEN a moderator adds a phrase to the rule while the bot runs
        String original = Files.readString(glossary, StandardCharsets.UTF_8);
        String edited = original.replace("      - distillation attacker\n", "      - distillation attacker\n      - distillation heist\n");
        assertThat(edited).isNotEqualTo(original);
        Files.writeString(glossary, edited, StandardCharsets.UTF_8);
        Await.until("reload logged", () -> logText().contains("glossary reloaded"), Duration.ofSeconds(30));

        // THEN the new phrase is watched
        slack.json(Payloads.message("Ev0E2E10", "C0RANDOM", "U0BOB", "1714824100.000100", "that was a distillation heist").toString());
        Await.until("note for the new phrase", () -> api.delivered("chat.postMessage").size() == 1);

        // WHEN the next edit is broken
        Files.writeString(glossary, edited + "\nterms: [oops\n", StandardCharsets.UTF_8);
        Await.until("rejection logged", () -> logText().contains("glossary edit rejected"), Duration.ofSeconds(30));

        // THEN the error is located and the last good glossary still answers
        assertThat(logText()).containsPattern("glossary\\.yaml:\\d+:\\d+: ");
        slack.json(Payloads.message("Ev0E2E11", "C0OTHER", "U0CAROL", "1714824200.000100", "another distillation heist?").toString());
        Await.until("note after the rejected edit", () -> api.delivered("chat.postMessage").size() == 2);
        assertThat(get("/readyz").status()).isEqualTo(200);
    }

    private String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("termbot.db"));
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private SlackBotProcess.Response get(String path) {
        return process.get(path);
    }

    private static <T> T first(List<T> items) {
        return items.isEmpty() ? null : items.get(0);
    }
}
