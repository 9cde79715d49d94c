package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the Slack provider chooses and checks the OAuth mode, before anything starts. */
class SlackProviderOAuthTest {
    private static final String KEY = SlackOAuthIT.SECRET_KEY;
    private final SlackProvider provider = new SlackProvider();

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void a_client_id_and_secret_without_a_bot_token_choose_oauth_mode_and_a_bot_token_keeps_one_workspace() {
        Map<String, String> oauth = env("SLACK_CLIENT_ID", "1.2", "SLACK_CLIENT_SECRET", "s", "SLACK_SIGNING_SECRET", "x",
                "TERMBOT_SECRET_KEY", KEY);
        Map<String, String> both = new HashMap<>(oauth);
        both.put("SLACK_BOT_TOKEN", "xox" + "b-1");

        assertThat(provider.isConfigured(oauth)).isTrue();
        assertThat(provider.whatIsMissing(oauth)).isEmpty();
        assertThat(OAuthCredentials.chosen(oauth)).isTrue();
        assertThat(OAuthCredentials.chosen(both)).as("a bot token keeps the single-workspace mode").isFalse();
        assertThat(OAuthCredentials.chosen(env("SLACK_CLIENT_ID", "1.2"))).as("no client secret").isFalse();
        assertThat(provider.isConfigured(env("SLACK_CLIENT_ID", "1.2"))).isFalse();
    }

    @Test
    void oauth_mode_names_what_is_missing_in_one_sentence() {
        assertThat(provider.whatIsMissing(env("SLACK_CLIENT_ID", "1.2", "SLACK_CLIENT_SECRET", "s", "SLACK_SIGNING_SECRET", "x")))
                .get().asString().startsWith("TERMBOT_SECRET_KEY is not set");
        assertThat(provider.whatIsMissing(env("SLACK_CLIENT_ID", "1.2", "SLACK_CLIENT_SECRET", "s", "TERMBOT_SECRET_KEY", KEY)))
                .get().asString().contains("SLACK_SIGNING_SECRET");
        assertThat(provider.whatIsMissing(env("SLACK_CLIENT_ID", "1.2", "SLACK_CLIENT_SECRET", "s", "SLACK_SIGNING_SECRET", "x",
                "TERMBOT_SECRET_KEY", KEY, "SLACK_APP_TOKEN", "xa" + "pp-1"))).get().asString().contains("unset SLACK_APP_TOKEN");
    }

    @Test
    void the_new_secrets_are_registered_for_the_log_redactor_and_never_printed_by_the_credentials() {
        assertThat(provider.secretVariables()).contains("SLACK_CLIENT_SECRET", "TERMBOT_SECRET_KEY");
        assertThat(new OAuthCredentials("1.2", "client-secret-value", "https://x/slack/oauth_redirect").toString())
                .doesNotContain("client-secret-value").doesNotContain("1.2").contains("clientSecret=set");
    }
}
