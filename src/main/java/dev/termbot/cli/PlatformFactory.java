package dev.termbot.cli;

import dev.termbot.core.ChatPlatform;
import dev.termbot.platform.discord.DiscordCredentials;
import dev.termbot.platform.discord.DiscordPlatform;
import dev.termbot.platform.discord.DiscordSettings;
import dev.termbot.platform.slack.SlackCredentials;
import dev.termbot.platform.slack.SlackPlatform;
import dev.termbot.platform.slack.SlackSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the chat platforms {@code run} starts. Adding a platform means one more case here, its
 * settings block and its folder under {@code platform/} — nothing in the core.
 */
final class PlatformFactory {
    static final List<String> KNOWN = List.of("slack", "discord");

    private final Assembly assembly;
    private final Map<String, String> env;

    PlatformFactory(Assembly assembly, Map<String, String> env) {
        this.assembly = assembly;
        this.env = env;
    }

    /** The platforms whose tokens are present in the environment. */
    List<String> configured() {
        List<String> names = new ArrayList<>();
        if (SlackCredentials.fromEnvironment(env).isPresent()) {
            names.add("slack");
        }
        String discordToken = env.get(DiscordCredentials.TOKEN_VARIABLE);
        if (discordToken != null && !discordToken.isBlank()) {
            names.add("discord");
        }
        return names;
    }

    /**
     * Builds the named platforms.
     *
     * @throws BadInput for an unknown name or a missing token, as one sentence saying what to set
     */
    List<ChatPlatform> build(Set<String> names) throws BadInput {
        for (String name : names) {
            check(name.toLowerCase(Locale.ROOT));
        }
        List<ChatPlatform> platforms = new ArrayList<>();
        for (String name : names) {
            platforms.add(name.toLowerCase(Locale.ROOT).equals("slack") ? slack() : discord());
        }
        return platforms;
    }

    /** What a person must fix before the platform can start, found before anything connects. */
    private void check(String name) throws BadInput {
        switch (name) {
            case "slack" -> {
                SlackCredentials slack = SlackCredentials.fromEnvironment(env);
                if (!slack.isPresent()) {
                    throw new BadInput(SlackCredentials.BOT_TOKEN_VARIABLE + " is not set: export the app's Bot User OAuth "
                            + "Token (xoxb-...) and " + SlackCredentials.APP_TOKEN_VARIABLE + " for Socket Mode, as the Slack guide shows");
                }
                if (!slack.socketMode() && slack.signingSecret().isEmpty()) {
                    throw new BadInput("Slack needs " + SlackCredentials.APP_TOKEN_VARIABLE + " (xapp-..., Socket Mode) or, "
                            + "for HTTP mode, " + SlackCredentials.SIGNING_SECRET_VARIABLE + ": export one of them, as the Slack guide shows");
                }
            }
            case "discord" -> {
                String token = env.get(DiscordCredentials.TOKEN_VARIABLE);
                if (token == null || token.isBlank()) {
                    throw new BadInput(DiscordCredentials.TOKEN_VARIABLE + " is not set: copy the bot's token from the Discord "
                            + "developer portal (Bot, Reset Token) and export it as " + DiscordCredentials.TOKEN_VARIABLE);
                }
            }
            default -> throw new BadInput("unknown platform '" + name + "': use " + String.join(" or ", KNOWN)
                    + ", for example --platform " + KNOWN.get(0));
        }
    }

    private ChatPlatform slack() {
        Settings.Slack s = assembly.settings().slack();
        SlackSettings settings = SlackSettings.defaults()
                .withReplyMode(SlackSettings.ReplyMode.parse(s.replyMode()))
                .withModerators(s.moderatorChannel(), s.moderatorUserGroup())
                .withHttp("0.0.0.0", s.port())
                .withEnvironment(env);
        return new SlackPlatform(assembly.bot(), settings, SlackCredentials.fromEnvironment(env),
                assembly::lastWeekDigest, assembly.clock());
    }

    private ChatPlatform discord() {
        Settings.Discord d = assembly.settings().discord();
        DiscordSettings settings = DiscordSettings.fromConfig(DiscordSettings.ReplyMode.parse(d.replyMode()),
                d.guildIds(), d.moderatorRoles(), d.moderatorChannel(), env);
        return new DiscordPlatform(assembly.bot(), settings, DiscordCredentials.fromEnvironment(env),
                assembly::lastWeekDigest, assembly.clock());
    }
}
