package dev.termbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code termbot run --platform slack} in Slack's OAuth mode refuses to start, with exit code 2 and
 * one sentence, when what it needs to keep tokens safe is missing: {@code TERMBOT_SECRET_KEY}, a key
 * of the right shape, or the signing secret.
 */
class SlackOAuthStartIT {
    private static final String CLIENT_SECRET = "fake0client0secret0for0start0test";

    @TempDir
    Path dir;

    private Map<String, String> oauthEnvironment(String... more) {
        Map<String, String> env = new HashMap<>(Map.of("TERMBOT_DB", dir.resolve("run.db").toString(),
                "SLACK_CLIENT_ID", "1111111111.2222222222", "SLACK_CLIENT_SECRET", CLIENT_SECRET,
                "SLACK_SIGNING_SECRET", "fake0signing0secret0for0start0test"));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    private ChildTermbot.Finished run(Map<String, String> env) throws Exception {
        return new ChildTermbot(dir).run("", env, "run", "--platform", "slack");
    }

    @Test
    void without_a_secret_key_oauth_mode_refuses_to_start_and_says_how_to_make_one() throws Exception {
        ChildTermbot.Finished run = run(oauthEnvironment());

        assertRefused(run, "termbot: TERMBOT_SECRET_KEY is not set");
        assertThat(run.err()).contains("openssl rand -base64 32");
    }

    @Test
    void a_key_of_the_wrong_shape_is_refused_without_printing_it() throws Exception {
        String shortKey = "c2hvcnQta2V5LW9mLTE4LWJ5dGVz";
        ChildTermbot.Finished run = run(oauthEnvironment("TERMBOT_SECRET_KEY", shortKey));

        assertRefused(run, "termbot: TERMBOT_SECRET_KEY must be 32 random bytes in base64");
        assertThat(run.err()).doesNotContain(shortKey);
    }

    @Test
    void without_a_signing_secret_oauth_mode_refuses_to_start() throws Exception {
        Map<String, String> env = oauthEnvironment("TERMBOT_SECRET_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        env.remove("SLACK_SIGNING_SECRET");

        assertRefused(run(env), "termbot: Slack's OAuth mode");
    }

    private static void assertRefused(ChildTermbot.Finished run, String firstWords) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines().filter(line -> line.startsWith("termbot: "))).as(run.err())
                .singleElement().asString().startsWith(firstWords);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain(CLIENT_SECRET);
    }
}
