package dev.termbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.termbot.core.ConfigException;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import dev.termbot.testing.MutableClock;
import dev.termbot.testing.ScriptedSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DigestCommandTest {
    private static final Clock NEXT_MONDAY = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    private static final GlossaryLists SESSION_GLOSSARY =
            file -> new GlossaryLists.Lists(ScriptedSession.TERMS, ScriptedSession.RULES);

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void aSessionThenARestart() {
        file = dir.resolve("termbot.db");
        MutableClock clock = new MutableClock(ScriptedSession.START);
        try (Storage storage = Storage.open(file, clock, StorageOptions.fromEnvironment(System.getenv()))) {
            ScriptedSession.run(storage.policyStore(), storage.usageLog(), clock);
        }
    }

    private CliRun digest(String... args) {
        return CliRun.run(ExitCodes.applyTo(new CommandLine(new DigestCommand(SESSION_GLOSSARY, NEXT_MONDAY))), args);
    }

    @Test
    void a_sessions_hits_and_lookups_appear_in_that_weeks_json_digest() throws Exception {
        CliRun run = digest("--week", "2026-W48", "--format", "json", "--db", file.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());

        assertThat(run.exitCode()).isZero();
        assertThat(json.get("from").asText()).isEqualTo("2026-11-23");
        assertThat(json.get("to").asText()).isEqualTo("2026-11-29");
        JsonNode rule = json.get("rules").get(0);
        assertThat(rule.get("rule").asText()).isEqualTo("distillation-attack");
        assertThat(rule.get("hits").asLong()).isEqualTo(5);
        assertThat(rule.get("replies").asLong()).isEqualTo(1);
        assertThat(rule.get("previous_hits").asLong()).isZero();
        JsonNode suppressed = json.get("suppressed");
        assertThat(suppressed.get("cooldown").asLong()).isEqualTo(1);
        assertThat(suppressed.get("bot_author").asLong()).isEqualTo(1);
        assertThat(suppressed.get("opted_out").asLong()).isEqualTo(1);
        assertThat(suppressed.get("already_explained").asLong()).isEqualTo(1);
        assertThat(suppressed.get("muted").asLong()).isZero();
        assertThat(json.get("channels").get(0).get("channel").asText()).isEqualTo("general");
        assertThat(json.get("channels").get(0).get("hits").asLong()).isEqualTo(3);
        assertThat(json.get("define").get("found").get(0).get("term").asText()).isEqualTo("distillation");
        assertThat(json.get("define").get("not_found").get(0).get("query").asText()).isEqualTo("model collapse");
        assertThat(json.get("define").get("not_found").get(0).get("count").asLong()).isEqualTo(2);
        assertThat(json.get("stale_terms")).extracting(JsonNode::asText).containsExactly("open-weights");
        assertThat(json.get("silent_rules")).extracting(JsonNode::asText).containsExactly("open-source-weights");
    }

    @Test
    void the_json_digest_reports_feedback_per_rule_and_the_weeks_suggestions() throws Exception {
        // GIVEN votes, a removal and suggestions of the session's week (and one vote the week after), as their writers store them
        long tuesday = ScriptedSession.START.toEpochMilli();
        long nextWeek = Instant.parse("2026-12-01T10:00:00Z").toEpochMilli();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO note_feedback VALUES ('console', '', 'general', '1', 'distillation-attack', 'h1',"
                    + " 'helpful', " + tuesday + "), ('console', '', 'general', '1', 'distillation-attack', 'h2', 'not_needed', "
                    + tuesday + "), ('console', '', 'general', '1', 'distillation-attack', 'h3', 'helpful', " + nextWeek + ")");
            sql.executeUpdate("INSERT INTO note_removals VALUES ('console', '', 'general', '1', 'distillation-attack', 'h1',"
                    + " 'author', " + tuesday + ")");
            sql.executeUpdate("INSERT INTO glossary_suggestions (platform, workspace, term, definition, suggested_by, suggested_at,"
                    + " status, decided_by, decided_at) VALUES ('console', '', 'grokking', 'Late generalisation.', 'h1', " + tuesday
                    + ", 'pending', NULL, NULL), ('console', '', 'rlhf', 'Tuning with a learned reward.', 'h2', " + tuesday
                    + ", 'rejected', 'h9', " + tuesday + ")");
        }

        // WHEN the week's digest is asked for as JSON
        CliRun run = digest("--week", "2026-W48", "--format", "json", "--db", file.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());

        // THEN the rule carries its disputed mentions and feedback, and the top level the suggestions
        assertThat(run.exitCode()).isZero();
        JsonNode rule = json.get("rules").get(0);
        assertThat(rule.get("rule").asText()).isEqualTo("distillation-attack");
        assertThat(rule.get("disputed").asLong()).isZero();
        assertThat(rule.get("feedback").toString()).isEqualTo("{\"helpful\":1,\"not_needed\":1,\"removed\":1}");
        assertThat(json.get("suggestions").toString()).isEqualTo("{\"pending\":1,\"approved\":0,\"rejected\":1}");
    }

    @Test
    void without_a_period_the_digest_covers_this_week_so_far_and_says_so() throws Exception {
        // the Sunday evening of the session's week: what was just done must show, not last week's
        Clock sundayEvening = Clock.fixed(Instant.parse("2026-11-29T22:00:00Z"), ZoneOffset.UTC);
        CliRun run = CliRun.run(ExitCodes.applyTo(new CommandLine(new DigestCommand(SESSION_GLOSSARY, sundayEvening))),
                "--format", "json", "--db", file.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());

        assertThat(run.exitCode()).isZero();
        assertThat(json.get("from").asText()).isEqualTo("2026-11-23");
        assertThat(json.get("to").asText()).isEqualTo("2026-11-29");
        assertThat(json.get("rules").get(0).get("hits").asLong()).isEqualTo(5);
        assertThat(run.err()).contains("this week so far: 2026-W48", "--last");
    }

    @Test
    void on_monday_the_default_is_the_new_week_and_last_is_the_complete_one() throws Exception {
        CliRun soFar = digest("--format", "json", "--db", file.toString());
        CliRun last = digest("--last", "--format", "json", "--db", file.toString());

        assertThat(new ObjectMapper().readTree(soFar.out()).get("from").asText()).isEqualTo("2026-11-30");
        assertThat(soFar.err()).contains("this week so far: 2026-W49");
        assertThat(new ObjectMapper().readTree(last.out()).get("week").asText()).isEqualTo("2026-W48");
        assertThat(last.err()).doesNotContain("so far");
    }

    @Test
    void png_to_a_terminal_without_out_is_refused_with_exit_2() {
        CliRun run = CliRun.run(ExitCodes.applyTo(new CommandLine(new DigestCommand(SESSION_GLOSSARY, NEXT_MONDAY, () -> true))),
                "--week", "2026-W48", "--format", "png", "--db", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--format png writes binary data: give --out FILE");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void text_markdown_and_png_are_written_where_asked() throws Exception {
        CliRun text = digest("--from", "2026-11-23", "--to", "2026-11-29", "--db", file.toString());
        Path markdown = dir.resolve("out/digest.md");
        Path png = dir.resolve("out/digest.png");
        CliRun md = digest("--week", "2026-W48", "--format", "markdown", "--out", markdown.toString(), "--db", file.toString());
        CliRun chart = digest("--week", "2026-W48", "--format", "png", "--out", png.toString(), "--db", file.toString());

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("termbot digest 2026-W48 (2026-11-23 to 2026-11-29), UTC")
                .contains("1 note posted, 5 hits (previous period: 0 hits, +5), 0 disputed mentions");
        assertThat(md.exitCode()).isZero();
        assertThat(md.out()).isEmpty();
        assertThat(Files.readString(markdown)).startsWith("**termbot digest: 2026-W48");
        assertThat(chart.exitCode()).isZero();
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void the_zone_decides_which_days_are_counted() throws Exception {
        // the session ran on Tuesday 2026-11-24 around 10:00-11:00 UTC, which is still Tuesday in Tokyo (19:00-20:00)
        CliRun tokyo = digest("--week", "2026-W48", "--zone", "Asia/Tokyo", "--format", "json", "--db", file.toString());
        JsonNode json = new ObjectMapper().readTree(tokyo.out());

        assertThat(json.get("zone").asText()).isEqualTo("Asia/Tokyo");
        assertThat(json.get("hits_per_day").get(0).get("days").get("2026-11-24").asLong()).isEqualTo(5);
    }

    @Test
    void bad_input_exits_with_code_2_and_says_why() {
        assertThat(digest("--week", "2026-W60", "--db", file.toString()).err()).contains("2026 has ISO weeks 1 to 53");
        assertThat(digest("--week", "2026-W60", "--db", file.toString()).exitCode()).isEqualTo(2);
        assertThat(digest("--from", "2026-11-30", "--to", "2026-11-01", "--db", file.toString()).exitCode()).isEqualTo(2);
        assertThat(digest("--from", "2026-11-30", "--db", file.toString()).exitCode()).isEqualTo(2);
        assertThat(digest("--week", "2026-W48", "--from", "2026-11-01", "--to", "2026-11-02").exitCode()).isEqualTo(2);
        assertThat(digest("--format", "pdf", "--db", file.toString()).err()).contains("unknown format 'pdf'");
        assertThat(digest("--zone", "Mars/Olympus", "--db", file.toString()).exitCode()).isEqualTo(2);
        assertThat(digest("--from", "2026-13-01", "--to", "2026-12-01").exitCode()).isEqualTo(2);
    }

    @Test
    void a_broken_or_missing_glossary_is_bad_input() {
        GlossaryLists broken = path -> {
            throw new ConfigException(path.orElseThrow().toString(), 3, 5, "unknown key 'term'");
        };
        CliRun run = CliRun.termbot("digest", "--glossary", "g.yaml", "--db", file.toString());
        CliRun brokenRun = CliRun.run(ExitCodes.applyTo(new CommandLine(new DigestCommand(broken, NEXT_MONDAY))), "--glossary", "g.yaml", "--db", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("g.yaml:1:1: file not found");
        assertThat(brokenRun.exitCode()).isEqualTo(2);
        assertThat(brokenRun.err()).contains("g.yaml:3:5: unknown key 'term'");
    }

    @Test
    void termbot_digest_is_registered_and_reports_against_the_glossary() {
        CliRun run = CliRun.termbot("digest", "--week", "2026-W48", "--db", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 note posted, 5 hits").doesNotContain("no glossary was given");
    }
}
