package dev.termbot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands as a person or a script runs them: a separate JVM, stdin piped in, stdout and the
 * exit code read back, with the real glossary, detector and a real SQLite file.
 */
class CommandLineIT {
    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private Result termbot(String stdin, String... args) throws IOException, InterruptedException {
        return termbot(true, stdin, args);
    }

    private Result termbot(boolean setDatabaseVariable, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.termbot.cli.Main"));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("TERMBOT_DB");
        if (setDatabaseVariable) {
            builder.environment().put("TERMBOT_DB", dir.resolve("data/termbot.db").toString());
        }
        builder.environment().put("TERMBOT_GLOSSARY", Path.of("config", "glossary.yaml").toAbsolutePath().toString());
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("termbot %s finished", args[0]).isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void a_piped_console_session_is_answered_stored_and_shows_up_in_that_weeks_digest() throws Exception {
        // WHEN a scripted console session runs, twice (a restart in between)
        Result first = termbot("hello\nis this a distillation attack?\n/define open weights\n/define quantum annealing\n", "console");
        Result second = termbot("/define rlhf\n", "console");

        // THEN the console shows what the bot would post and ends cleanly at end of input
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("A note on \u201cDistillation attack\u201d", "https://www.interconnects.ai/p/the-distillation-panic",
                "Open-weight model", "No glossary entry for \u201cquantum annealing\u201d");
        assertThat(second.exit()).isZero();

        // AND both sessions are in this week's digest, which survived the restart
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String week = String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Result digest = termbot("", "digest", "--week", week, "--format", "json");
        assertThat(digest.exit()).as(digest.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(digest.out());
        assertThat(json.get("rules").get(0).get("hits").asInt()).as(digest.out()).isEqualTo(1);
        assertThat(json.get("rules").get(0).get("replies").asInt()).isEqualTo(1);
        assertThat(json.get("define").get("not_found").get(0).get("query").asText()).isEqualTo("quantum annealing");
        assertThat(json.get("define").get("found").toString()).contains("open-weight-model", "rlhf");

        // AND the database holds neither message text nor the user id
        byte[] db = Files.readAllBytes(dir.resolve("data/termbot.db"));
        String raw = new String(db, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("is this a distillation attack").doesNotContain("console-user");
    }

    @Test
    void console_feedback_on_the_last_note_is_stored_in_the_database_by_hash() throws Exception {
        // WHEN alice gets a note, bob rates it and a moderator removes it, in a piped console session
        Result session = termbot("/as alice\nis this a distillation attack?\n/as bob\n/feedback helpful\n"
                + "/as mod --mod\n/feedback remove\n", "console");

        // THEN the console answered each, and the database holds the vote and the removal, by hash only
        assertThat(session.exit()).as(session.err()).isZero();
        assertThat(session.out()).contains("Marked as helpful", "The note is gone");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/termbot.db"));
             java.sql.Statement statement = c.createStatement()) {
            try (java.sql.ResultSet votes = statement.executeQuery("SELECT vote, rule_id, platform FROM note_feedback")) {
                assertThat(votes.next()).isTrue();
                assertThat(votes.getString(1)).isEqualTo("helpful");
                assertThat(votes.getString(2)).isEqualTo("distillation-attack");
                assertThat(votes.getString(3)).isEqualTo("console");
                assertThat(votes.next()).isFalse();
            }
            try (java.sql.ResultSet removals = statement.executeQuery("SELECT removed_by FROM note_removals")) {
                assertThat(removals.next()).isTrue();
                assertThat(removals.getString(1)).isEqualTo("moderator");
            }
        }
        String raw = new String(Files.readAllBytes(dir.resolve("data/termbot.db")), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("alice").doesNotContain("bob");
    }

    @Test
    void without_termbot_db_every_command_uses_the_database_and_zone_of_the_settings_file() throws Exception {
        // GIVEN a settings file in the working directory that names another database and zone
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/termbot.yaml"),
                "storage:\n  database: state/bot.db\ndigest:\n  time_zone: America/New_York\n");

        // WHEN a console session runs and the digest is asked for, neither naming a database
        Result console = termbot(false, "a distillation attack?\n", "console");
        Result digest = termbot(false, "", "digest", "--format", "json");

        // THEN both used the file from the settings, and the digest counted in the settings' zone
        assertThat(console.exit()).as(console.err()).isZero();
        assertThat(dir.resolve("state/bot.db")).isRegularFile();
        assertThat(dir.resolve("data/termbot.db")).doesNotExist();
        assertThat(digest.exit()).as(digest.err()).isZero();
        assertThat(new ObjectMapper().readTree(digest.out()).get("zone").asText()).isEqualTo("America/New_York");
    }

    @Test
    void scan_answers_every_line_in_order_and_reports_malformed_ones_by_number() throws Exception {
        Result scan = termbot("""
                {"id": "a", "text": "they call it a distillation attack now", "author_is_bot": false}
                {"id": "b", "text": "`distillation attack` in code"}
                not json
                {"id": "c", "text": "distillation attacks", "author_is_bot": true}
                """, "scan");

        assertThat(scan.exit()).isEqualTo(2);
        assertThat(scan.err()).contains("line 3: ");
        String[] lines = scan.out().split("\n");
        assertThat(lines).hasSize(4);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode a = mapper.readTree(lines[0]);
        assertThat(a.get("hits").get(0).get("start").asInt()).isEqualTo(15);
        assertThat(a.get("hits").get(0).get("end").asInt()).isEqualTo(34);
        assertThat(a.get("reply").asBoolean()).isTrue();
        assertThat(mapper.readTree(lines[1]).get("hits")).isEmpty();
        assertThat(mapper.readTree(lines[2]).has("error")).isTrue();
        assertThat(mapper.readTree(lines[3]).get("reply").asBoolean()).isFalse();
    }

    @Test
    void define_prints_a_definition_and_exits_1_when_nothing_is_found() throws Exception {
        Result found = termbot("", "define", "RLHF");
        Result missing = termbot("", "define", "distilation", "atack", "vectors", "xyz");
        Result jsonl = termbot("{\"id\": \"q\", \"query\": \"LLMs\"}\n", "define", "--jsonl");

        assertThat(found.exit()).isZero();
        assertThat(found.out()).startsWith("RLHF\n").contains("https://arxiv.org/abs/1706.03741");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.out()).contains("Not in the glossary");
        assertThat(new ObjectMapper().readTree(jsonl.out()).get("term").asText()).isEqualTo("large-language-model");
    }

    @Test
    void broken_files_exit_2_with_a_located_message() throws Exception {
        Path glossary = dir.resolve("glossary.yaml");
        Files.writeString(glossary, "version: 1\nterms:\n  - id: rlhf\n    term: RLHF\n    colour: blue\n");
        Path settings = dir.resolve("termbot.yaml");
        Files.writeString(settings, "policy:\n  cooldown: soon\n");

        Result check = termbot("", "glossary", "check", glossary.toString());
        Result config = termbot("", "config", "check", "--config", settings.toString());
        Result console = termbot("hi\n", "console", "--config", settings.toString());

        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).contains(glossary + ":3:5: term 'rlhf' is missing 'definition'",
                glossary + ":5:5: unknown key 'colour' in term 'rlhf'");
        assertThat(config.exit()).isEqualTo(2);
        assertThat(config.err()).contains(settings + ":2:13: 'cooldown' must be a duration");
        assertThat(console.exit()).isEqualTo(2);
    }

    @Test
    void glossary_and_config_check_summarise_the_shipped_files() throws Exception {
        Result check = termbot("", "glossary", "check");
        Result config = termbot("", "config", "check", "--config", Path.of("config", "termbot.yaml").toAbsolutePath().toString());

        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).containsPattern("ok \u2014 \\d+ terms, 1 rules \\(distillation-attack\\), \\d+ watched phrases");
        assertThat(config.exit()).as(config.err()).isZero();
        assertThat(config.out()).startsWith("settings: ok");
    }

    @Test
    void glossary_check_warns_about_old_reviews_without_failing_and_takes_the_age_from_settings_or_max_age() throws Exception {
        // GIVEN the shipped glossary with one entry last reviewed long ago, and settings asking for a 30-day review age
        Path glossary = dir.resolve("glossary.yaml");
        String shipped = Files.readString(Path.of("config", "glossary.yaml").toAbsolutePath(), StandardCharsets.UTF_8);
        // the first entry's date, not the layout example in the header comment
        String old = shipped.replaceFirst("(?m)^    reviewed: \\d{4}-\\d{2}-\\d{2}", "    reviewed: 2020-01-01");
        Files.writeString(glossary, old, StandardCharsets.UTF_8);
        int line = (int) old.substring(0, old.indexOf("    reviewed: 2020-01-01")).lines().count() + 1;
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/termbot.yaml"), "glossary:\n  stale_after_days: 36500\n");

        // WHEN it is checked with the settings' age, with --max-age, and with a negative --max-age
        Result lenient = termbot("", "glossary", "check", glossary.toString());
        Result strict = termbot("", "glossary", "check", "--max-age", "180", glossary.toString());
        Result negative = termbot("", "glossary", "check", "--max-age", "-1", glossary.toString());

        // THEN an age of 100 years warns about nothing; 180 days warns about the old entry only, at its date, and still exits 0
        assertThat(lenient.exit()).as(lenient.err()).isZero();
        assertThat(lenient.err()).doesNotContain("warning");
        assertThat(strict.exit()).as(strict.err()).isZero();
        assertThat(strict.err().lines().toList()).singleElement().asString()
                .startsWith(glossary + ":" + line + ":15: warning: term 'distillation' was last reviewed on 2020-01-01");
        assertThat(strict.out()).contains("; 1 reviewed over 180 days ago");
        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.err()).contains("--max-age must not be negative");
    }
}
