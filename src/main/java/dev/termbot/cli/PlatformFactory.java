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

    List<ChatPlatform> build(Set<String> names) {
        List<ChatPlatform> platforms = new ArrayList<>();
        for (String name : names) {
            platforms.add(switch (name.toLowerCase(Locale.ROOT)) {
                case "slack" -> slack();
                case "discord" -> discord();
                default -> throw new IllegalArgumentException("unknown platform '" + name + "'; known: " + String.join(", ", KNOWN));
            });
        }
        return platforms;
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
