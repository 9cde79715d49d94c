package dev.termbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a newcomer meets following the README: the quick start's piped console example run twice
 * on one database, and the errors of {@code run} without (or with wrong) platforms, read by a
 * person who does not know Java.
 */
class FirstContactIT {
    private static final String README_EXAMPLE = "is this a distillation attack?\n/define rlhf\n";
    private static final String NOTE = "A note on \u201cDistillation attack\u201d";

    @TempDir
    Path dir;

    private ChildTermbot termbot() {
        return new ChildTermbot(dir);
    }

    @Test
    void the_readme_example_shows_the_note_in_every_session_while_the_digest_counts_them_all() throws Exception {
        String db = dir.resolve("data/termbot.db").toString();

        ChildTermbot.Finished first = termbot().run(README_EXAMPLE, Map.of(), "console", "--db", db);
        ChildTermbot.Finished second = termbot().run(README_EXAMPLE, Map.of(), "console", "--db", db);
        ChildTermbot.Finished digest = termbot().run("", Map.of(), "digest", "--db", db, "--format", "json");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains(NOTE, "RLHF");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains(NOTE, "RLHF");
        assertThat(second.err()).doesNotContain("stays quiet");
        // a new database gets a new hash key: that routine news is not printed into the chat
        assertThat(first.err()).doesNotContain("hash key").doesNotContain("INFO");
        assertThat(digest.exit()).as(digest.err()).isZero();
        assertThat(new ObjectMapper().readTree(digest.out()).get("totals").get("replies").asLong()).isEqualTo(2);
    }

    @Test
    void keep_state_carries_the_cooldown_over_and_a_cooldown_over_the_limit_names_the_limit() throws Exception {
        String db = dir.resolve("kept.db").toString();

        termbot().run(README_EXAMPLE, Map.of(), "console", "--db", db, "--keep-state");
        ChildTermbot.Finished again = termbot().run(README_EXAMPLE + "/termbot cooldown 1000d\n", Map.of(),
                "console", "--db", db, "--keep-state");

        assertThat(again.out()).doesNotContain(NOTE).contains("RLHF");
        assertThat(again.err()).contains("stays quiet: cooldown");
        assertThat(again.out()).contains("Cooldown not changed", "longest cooldown, 365d");
    }

    @Test
    void run_without_a_platform_token_says_what_to_export_in_one_sentence_and_exits_2() throws Exception {
        Map<String, String> env = Map.of("TERMBOT_DB", dir.resolve("run.db").toString());

        ChildTermbot.Finished nothing = termbot().run("", env, "run");
        ChildTermbot.Finished discord = termbot().run("", env, "run", "--platform", "discord");
        ChildTermbot.Finished teams = termbot().run("", env, "run", "--platform", "teams");
        ChildTermbot.Finished slackHttp = termbot().run("", Map.of("TERMBOT_DB", dir.resolve("run.db").toString(),
                "SLACK_BOT_TOKEN", "xoxb-not-a-real-token"), "run", "--platform", "slack");

        // the providers name their variables (the test classpath also registers the seam test's loopback platform)
        assertPlainError(nothing, "termbot: no chat platform to connect to: export ");
        assertThat(nothing.err()).contains("SLACK_BOT_TOKEN", "DISCORD_TOKEN");
        assertThat(nothing.err()).contains("termbot console").doesNotContain("environment:1:1");
        assertPlainError(discord, "termbot: DISCORD_TOKEN is not set:");
        assertPlainError(teams, "termbot: unknown platform 'teams': use ");
        assertThat(teams.err()).contains("slack", "discord", "for example --platform");
        assertPlainError(slackHttp, "termbot: Slack needs SLACK_APP_TOKEN");
    }

    private static void assertPlainError(ChildTermbot.Finished run, String firstWords) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        // run logs its start (INFO lines) before it finds the problem; the error itself is one line
        assertThat(run.err().lines().filter(line -> line.startsWith("termbot: "))).as(run.err())
                .singleElement().asString().startsWith(firstWords);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
