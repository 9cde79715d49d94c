package dev.termbot.platform.slack;

import java.util.Map;

/**
 * The Slack secrets, read from the environment only. {@link #toString()} says which ones are set
 * and never prints a value, so the record can appear in logs and error messages safely.
 *
 * @param botToken      {@code SLACK_BOT_TOKEN} ({@code xoxb-...}); "" when absent
 * @param signingSecret {@code SLACK_SIGNING_SECRET}; required in HTTP mode; "" when absent
 * @param appToken      {@code SLACK_APP_TOKEN} ({@code xapp-...}); selects Socket Mode; "" when absent
 */
public record SlackCredentials(String botToken, String signingSecret, String appToken) {
    public static final String BOT_TOKEN_VARIABLE = "SLACK_BOT_TOKEN";
    public static final String SIGNING_SECRET_VARIABLE = "SLACK_SIGNING_SECRET";
    public static final String APP_TOKEN_VARIABLE = "SLACK_APP_TOKEN";

    public SlackCredentials {
        botToken = clean(botToken);
        signingSecret = clean(signingSecret);
        appToken = clean(appToken);
    }

    /** Reads the three variables; missing ones become "". */
    public static SlackCredentials fromEnvironment(Map<String, String> env) {
        return new SlackCredentials(env.get(BOT_TOKEN_VARIABLE), env.get(SIGNING_SECRET_VARIABLE), env.get(APP_TOKEN_VARIABLE));
    }

    /** Whether there is enough to try Slack at all (a bot token); {@code run} uses it to pick platforms. */
    public boolean isPresent() {
        return !botToken.isEmpty();
    }

    /** Socket Mode when an app-level token is set, otherwise HTTP mode. */
    public boolean socketMode() {
        return !appToken.isEmpty();
    }

    @Override
    public String toString() {
        return "SlackCredentials[botToken=" + state(botToken) + ", signingSecret=" + state(signingSecret)
                + ", appToken=" + state(appToken) + "]";
    }

    private static String state(String value) {
        return value.isEmpty() ? "absent" : "set";
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
