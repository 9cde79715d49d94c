package dev.termbot.platform.slack;

import java.util.Map;

/**
 * The Slack app's OAuth client, read from the environment only: with both set and no
 * {@code SLACK_BOT_TOKEN}, termbot serves many workspaces, each installed through
 * {@code /slack/install}. {@link #toString()} never prints a value.
 *
 * @param clientId     {@code SLACK_CLIENT_ID} (Basic Information > App Credentials); "" when absent
 * @param clientSecret {@code SLACK_CLIENT_SECRET}; "" when absent
 * @param redirectUri  {@code SLACK_REDIRECT_URI}, the public URL of {@code /slack/oauth_redirect}; "" lets
 *                     Slack use the app's only redirect URL
 */
record OAuthCredentials(String clientId, String clientSecret, String redirectUri) {
    static final String CLIENT_ID_VARIABLE = "SLACK_CLIENT_ID";
    static final String CLIENT_SECRET_VARIABLE = "SLACK_CLIENT_SECRET";
    static final String REDIRECT_URI_VARIABLE = "SLACK_REDIRECT_URI";

    OAuthCredentials {
        clientId = clean(clientId);
        clientSecret = clean(clientSecret);
        redirectUri = clean(redirectUri);
    }

    static OAuthCredentials fromEnvironment(Map<String, String> env) {
        return new OAuthCredentials(env.get(CLIENT_ID_VARIABLE), env.get(CLIENT_SECRET_VARIABLE), env.get(REDIRECT_URI_VARIABLE));
    }

    /** OAuth mode: a client id and secret, and no single bot token (which keeps the one-workspace mode). */
    static boolean chosen(Map<String, String> env) {
        OAuthCredentials oauth = fromEnvironment(env);
        return !oauth.clientId.isEmpty() && !oauth.clientSecret.isEmpty()
                && !SlackCredentials.fromEnvironment(env).isPresent();
    }

    @Override
    public String toString() {
        return "OAuthCredentials[clientId=" + (clientId.isEmpty() ? "absent" : "set") + ", clientSecret="
                + (clientSecret.isEmpty() ? "absent" : "set") + ", redirectUri=" + (redirectUri.isEmpty() ? "absent" : "set") + "]";
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
