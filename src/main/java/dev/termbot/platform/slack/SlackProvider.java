package dev.termbot.platform.slack;

import dev.termbot.core.BindAddress;
import dev.termbot.core.ChatPlatform;
import dev.termbot.core.Markup;
import dev.termbot.core.PlatformContext;
import dev.termbot.core.PlatformProvider;
import dev.termbot.core.SettingsBlock;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Slack through the platform seam: its {@code slack:} block, its secrets, mrkdwn, and the Bolt
 * adapter, for one workspace (a bot token) or for many (OAuth: a client id and secret, no bot token).
 */
public final class SlackProvider implements PlatformProvider<SlackSettings> {
    private static final String ALL_INTERFACES = "0.0.0.0";

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public List<String> secretVariables() {
        return List.of(SlackCredentials.BOT_TOKEN_VARIABLE, SlackCredentials.SIGNING_SECRET_VARIABLE,
                SlackCredentials.APP_TOKEN_VARIABLE, OAuthCredentials.CLIENT_SECRET_VARIABLE, MasterKey.VARIABLE);
    }

    @Override
    public String environmentPrefix() {
        return "SLACK_";
    }

    /** A bot token is enough to try (with an app token it is Socket Mode, else HTTP mode), or an OAuth client. */
    @Override
    public boolean isConfigured(Map<String, String> env) {
        return SlackCredentials.fromEnvironment(env).isPresent() || OAuthCredentials.chosen(env);
    }

    @Override
    public Optional<String> whatIsMissing(Map<String, String> env) {
        SlackCredentials slack = SlackCredentials.fromEnvironment(env);
        if (OAuthCredentials.chosen(env)) {
            return whatOAuthMisses(env, slack);
        }
        if (!slack.isPresent()) {
            return Optional.of(SlackCredentials.BOT_TOKEN_VARIABLE + " is not set: export the app's Bot User OAuth "
                    + "Token (xoxb-...) and " + SlackCredentials.APP_TOKEN_VARIABLE + " for Socket Mode, as the Slack guide shows");
        }
        if (!slack.socketMode() && slack.signingSecret().isEmpty()) {
            return Optional.of("Slack needs " + SlackCredentials.APP_TOKEN_VARIABLE + " (xapp-..., Socket Mode) or, "
                    + "for HTTP mode, " + SlackCredentials.SIGNING_SECRET_VARIABLE + ": export one of them, as the Slack guide shows");
        }
        return Optional.empty();
    }

    // checked before anything starts, so a missing key stops `run` with exit code 2 and one sentence
    private static Optional<String> whatOAuthMisses(Map<String, String> env, SlackCredentials slack) {
        if (slack.signingSecret().isEmpty()) {
            return Optional.of("Slack's OAuth mode (" + OAuthCredentials.CLIENT_ID_VARIABLE + " and "
                    + OAuthCredentials.CLIENT_SECRET_VARIABLE + " set) needs " + SlackCredentials.SIGNING_SECRET_VARIABLE
                    + ": its events and install pages are served over HTTP, as the Slack guide shows");
        }
        if (slack.socketMode()) {
            return Optional.of("Slack's OAuth mode serves events over HTTP: unset " + SlackCredentials.APP_TOKEN_VARIABLE
                    + ", or set " + SlackCredentials.BOT_TOKEN_VARIABLE + " instead of the client id and secret for one workspace");
        }
        return MasterKey.problem(env);
    }

    @Override
    public String configurationHint() {
        return "SLACK_BOT_TOKEN (with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET) or, for many Slack workspaces, SLACK_CLIENT_ID"
                + " and SLACK_CLIENT_SECRET (with SLACK_SIGNING_SECRET and TERMBOT_SECRET_KEY)";
    }

    @Override
    public List<String> settingsKeys() {
        return List.of("reply_mode", "moderator_channel", "moderator_user_group", "bind", "port");
    }

    @Override
    public SlackSettings readSettings(SettingsBlock block) {
        SlackSettings d = SlackSettings.defaults();
        return d.withReplyMode(SlackSettings.ReplyMode.parse(block.choice("reply_mode", List.of("thread", "ephemeral"), "thread")))
                .withModerators(block.text("moderator_channel", d.moderatorChannel()),
                        block.text("moderator_user_group", d.moderatorUserGroup()))
                .withHttp(bind(block), block.integer("port", 1, 65_535, d.httpPort()));
    }

    // HTTP mode's endpoint must be reachable by Slack, so every interface by default; behind a reverse
    // proxy on the same host, 127.0.0.1 keeps it private
    private static String bind(SettingsBlock block) {
        String bind = block.text("bind", ALL_INTERFACES);
        if (!BindAddress.isValid(bind)) {
            block.reject("bind", "'bind' must be an IP address such as 127.0.0.1 or 0.0.0.0, or a host name, not '" + bind + "'");
            return ALL_INTERFACES;
        }
        return bind;
    }

    /**
     * {@code TERMBOT_SLACK_PORT} replaces the file's port when it is a port number; anything else is
     * left for {@link #create} to refuse, so a bad value only stops Slack, not every command.
     */
    @Override
    public SlackSettings withEnvironment(SlackSettings settings, Map<String, String> env) {
        String text = env.getOrDefault(SlackSettings.PORT_VARIABLE, "").strip();
        try {
            int port = Integer.parseInt(text);
            return port >= 0 && port <= 65_535 ? settings.withHttp(settings.httpHost(), port) : settings;
        } catch (NumberFormatException e) {
            return settings;
        }
    }

    @Override
    public Markup markup() {
        return PassiveNotes.MRKDWN;
    }

    @Override
    public ChatPlatform create(PlatformContext context, SlackSettings settings) {
        Map<String, String> env = context.env();
        Optional<OAuthMode> oauth = OAuthCredentials.chosen(env)
                ? Optional.of(new OAuthMode(OAuthCredentials.fromEnvironment(env), MasterKey.fromEnvironment(env),
                        context.installations()))
                : Optional.empty();
        return new SlackPlatform(context.bot(), settings.withEnvironment(env), SlackCredentials.fromEnvironment(env), oauth,
                context.digest(), context.clock(), context.noteControls(), context.channelNames(), context.suggestions());
    }
}
