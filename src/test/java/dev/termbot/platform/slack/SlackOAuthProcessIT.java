package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code termbot run --platform slack} in OAuth mode as an operator runs it (its own JVM, the real
 * glossary and SQLite file): workspaces install through the process's own pages, each is answered
 * with its own token, and the installations outlive a restart.
 */
class SlackOAuthProcessIT {
    private static final String TOKEN_A = "xox" + "b-3333-fake-token-of-process-workspace-a";
    private static final String TOKEN_B = "xox" + "b-4444-fake-token-of-process-workspace-b";

    @TempDir
    Path dir;

    private FakeSlackApi api;
    private SlackBotProcess process;
    private Path glossary;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        api.oauthClient(SlackOAuthIT.CLIENT_ID, SlackOAuthIT.CLIENT_SECRET);
        glossary = dir.resolve("glossary.yaml");
        Files.copy(Path.of("config", "glossary.yaml"), glossary);
        process = startBot("first.log");
    }

    @AfterEach
    void stop() throws Exception {
        process.close();
        api.close();
    }

    private SlackBotProcess startBot(String logName) throws Exception {
        // SLACK_BOT_TOKEN empty: the client id and secret choose the multi-workspace mode
        return SlackBotProcess.start(dir, dir.resolve("termbot.db"), glossary, api, dir.resolve(logName), Map.of(
                "SLACK_BOT_TOKEN", "", "SLACK_CLIENT_ID", SlackOAuthIT.CLIENT_ID, "SLACK_CLIENT_SECRET", SlackOAuthIT.CLIENT_SECRET,
                "TERMBOT_SECRET_KEY", SlackOAuthIT.SECRET_KEY));
    }

    @Test
    void two_workspaces_installed_into_the_process_are_answered_with_their_own_tokens_also_after_a_restart() throws Exception {
        api.grant("code-a", new FakeSlackApi.Grant("T0PROCA", TOKEN_A, "U0BOTA"));
        api.grant("code-b", new FakeSlackApi.Grant("T0PROCB", TOKEN_B, "U0BOTB"));
        OAuthBrowser browser = new OAuthBrowser(process.slackPort);
        assertThat(browser.install("code-a").statusCode()).isEqualTo(200);
        assertThat(browser.install("code-b").statusCode()).isEqualTo(200);

        process.poster().json(WorkspacePayloads.message("T0PROCA", "Ev0PA0001", "C0PROCA", "1714824000.000100"));
        process.poster().json(WorkspacePayloads.message("T0PROCB", "Ev0PB0001", "C0PROCB", "1714824000.000200"));
        Await.until("two notes", () -> api.delivered("chat.postMessage").size() == 2);
        assertThat(api.delivered("chat.postMessage")).anySatisfy(call -> {
            assertThat(call.param("channel")).isEqualTo("C0PROCA");
            assertThat(call.authorization()).isEqualTo("Bearer " + TOKEN_A);
        }).anySatisfy(call -> {
            assertThat(call.param("channel")).isEqualTo("C0PROCB");
            assertThat(call.authorization()).isEqualTo("Bearer " + TOKEN_B);
        });

        // WHEN the process is restarted on the same database
        process.signal("TERM");
        assertThat(process.awaitExit()).isZero();
        String firstLog = process.logText();
        process = startBot("second.log");

        // THEN the workspace is still installed and answered with its token (another member: Alice was told already)
        process.poster().json(WorkspacePayloads.message("T0PROCA", "Ev0PA0002", "C0PROCA2", "1714824000.000300", "U0BOB"));
        Await.until("note after restart", () -> api.delivered("chat.postMessage").stream()
                .anyMatch(call -> "C0PROCA2".equals(call.param("channel")) && ("Bearer " + TOKEN_A).equals(call.authorization())));
        for (String log : new String[] {firstLog, process.logText()}) {
            assertThat(log).doesNotContain(TOKEN_A).doesNotContain(TOKEN_B).doesNotContain(SlackOAuthIT.CLIENT_SECRET)
                    .doesNotContain(SlackOAuthIT.SECRET_KEY).doesNotContain(" ERROR ");
        }
    }
}
