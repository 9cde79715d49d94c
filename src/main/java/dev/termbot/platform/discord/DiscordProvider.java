package dev.termbot.platform.discord;

import dev.termbot.core.ChatPlatform;
import dev.termbot.core.Markup;
import dev.termbot.core.PlatformContext;
import dev.termbot.core.PlatformProvider;
import dev.termbot.core.SettingsBlock;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Discord through the platform seam: its {@code discord:} block, its token, Discord Markdown, and the JDA adapter. */
public final class DiscordProvider implements PlatformProvider<DiscordSettings> {

    @Override
    public String name() {
        return "discord";
    }

    @Override
    public List<String> secretVariables() {
        return List.of(DiscordCredentials.TOKEN_VARIABLE);
    }

    @Override
    public String environmentPrefix() {
        return "DISCORD_";
    }

    @Override
    public boolean isConfigured(Map<String, String> env) {
        String token = env.get(DiscordCredentials.TOKEN_VARIABLE);
        return token != null && !token.isBlank();
    }

    @Override
    public Optional<String> whatIsMissing(Map<String, String> env) {
        return isConfigured(env) ? Optional.empty()
                : Optional.of(DiscordCredentials.TOKEN_VARIABLE + " is not set: copy the bot's token from the Discord "
                        + "developer portal (Bot, Reset Token) and export it as " + DiscordCredentials.TOKEN_VARIABLE);
    }

    @Override
    public String configurationHint() {
        return DiscordCredentials.TOKEN_VARIABLE;
    }

    @Override
    public List<String> settingsKeys() {
        return List.of("reply_mode", "guild_ids", "moderator_roles", "moderator_channel", "shards");
    }

    @Override
    public DiscordSettings readSettings(SettingsBlock block) {
        DiscordSettings.ReplyMode mode = DiscordSettings.ReplyMode.parse(block.choice("reply_mode", List.of("reply", "react"), "reply"));
        List<String> guilds = block.list("guild_ids", List.of());
        List<String> roles = block.list("moderator_roles", List.of());
        String channel = block.text("moderator_channel", "");
        DiscordShards shards = block.block("shards", List.of("total", "ids")).map(DiscordProvider::shards)
                .orElse(DiscordShards.NONE);
        try {
            // the endpoint overrides come from the environment when the platform is created
            return DiscordSettings.fromConfig(mode, guilds, roles, channel, Map.of()).withShards(shards);
        } catch (IllegalArgumentException e) {
            block.reject(e.getMessage().startsWith("guild_ids") ? "guild_ids" : "moderator_channel", e.getMessage());
            return DiscordSettings.DEFAULTS;
        }
    }

    /** {@code shards: {total: 4, ids: 0-1}}; ids left out means every shard of the total. */
    private static DiscordShards shards(SettingsBlock block) {
        if (block.text("total", "").isEmpty()) {
            block.reject("total", "'shards' needs 'total': how many shards the whole bot runs (1 or more)");
            return DiscordShards.NONE;
        }
        int total = block.integer("total", 1, DiscordShards.MAX_TOTAL, 0);
        if (total == 0) {
            return DiscordShards.NONE; // reported by integer()
        }
        try {
            return DiscordShards.of(total, block.text("ids", ""));
        } catch (IllegalArgumentException e) {
            block.reject("ids", e.getMessage());
            return DiscordShards.NONE;
        }
    }

    @Override
    public Markup markup() {
        return PassiveNotes.MARKDOWN;
    }

    @Override
    public ChatPlatform create(PlatformContext context, DiscordSettings settings) {
        return new DiscordPlatform(context.bot(), settings.withEndpointsFrom(context.env()),
                DiscordCredentials.fromEnvironment(context.env()), context.digest(), context.clock(),
                FixedGatewaySessionController.DISCORD_IDENTIFY_DELAY, context.noteControls(),
                context.channelNames())
                .withSuggestions(context.suggestions());
    }
}
