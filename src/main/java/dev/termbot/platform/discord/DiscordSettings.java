package dev.termbot.platform.discord;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the Discord adapter behaves, from the {@code discord:} block of the settings file plus two
 * optional endpoint overrides from the environment. Holds no secret: the token is in
 * {@link DiscordCredentials}.
 *
 * @param replyMode          {@link ReplyMode#REPLY} (a reply with an embed, the default) or
 *                           {@link ReplyMode#REACT} (only a 📖 reaction; the note goes by DM to whoever
 *                           adds the same reaction)
 * @param guildIds           when not empty, slash commands are registered in these guilds only (they
 *                           appear at once, handy while iterating) instead of globally
 * @param moderatorRoleIds   role ids whose members may run the moderator commands (besides anyone
 *                           with Manage Server)
 * @param moderatorRoleNames role names (case-insensitive) with the same power
 * @param moderatorChannelId channel that receives the digest; "" for none
 * @param apiUrl             REST base URL override including the version path, e.g.
 *                           {@code http://127.0.0.1:8080/api/v10/} (tests, proxies); empty = JDA's default
 * @param gatewayUrl         gateway URL override, e.g. {@code ws://127.0.0.1:8081/}; empty = JDA's default
 * @param shards             the shards this process runs ({@code discord.shards}); {@link DiscordShards#NONE}
 *                           for one unsharded session
 *
 * <p>Immutable and thread-safe.
 */
public record DiscordSettings(ReplyMode replyMode, List<String> guildIds, List<String> moderatorRoleIds,
                              List<String> moderatorRoleNames, String moderatorChannelId,
                              Optional<String> apiUrl, Optional<String> gatewayUrl, DiscordShards shards) {

    /** Environment variable that overrides the REST base URL. */
    public static final String API_URL_VARIABLE = "TERMBOT_DISCORD_API_URL";
    /** Environment variable that overrides the gateway URL. */
    public static final String GATEWAY_URL_VARIABLE = "TERMBOT_DISCORD_GATEWAY_URL";

    /** Reply mode REPLY, commands registered globally, no moderator roles or channel, default endpoints. */
    public static final DiscordSettings DEFAULTS = new DiscordSettings(ReplyMode.REPLY, List.of(), List.of(),
            List.of(), "", Optional.empty(), Optional.empty(), DiscordShards.NONE);

    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");

    /** How a passive note is delivered. */
    public enum ReplyMode {
        /** A reply to the message with an embed and a "Full definition" button. */
        REPLY,
        /** Only a 📖 reaction; users who add the same reaction get the note by DM. */
        REACT;

        /** Reads {@code reply} or {@code react} (any case) as written in the settings file. */
        public static ReplyMode parse(String text) {
            String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
            for (ReplyMode mode : values()) {
                if (mode.name().equals(value)) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("reply_mode must be reply or react, not \u201c" + text + "\u201d");
        }
    }

    public DiscordSettings {
        Objects.requireNonNull(replyMode, "replyMode");
        guildIds = snowflakes("guild_ids", guildIds);
        moderatorRoleIds = snowflakes("moderator_role_ids", moderatorRoleIds);
        moderatorRoleNames = moderatorRoleNames == null ? List.of() : List.copyOf(moderatorRoleNames);
        moderatorChannelId = moderatorChannelId == null ? "" : moderatorChannelId.strip();
        if (!moderatorChannelId.isEmpty() && !SNOWFLAKE.matcher(moderatorChannelId).matches()) {
            throw new IllegalArgumentException("moderator_channel_id must be a numeric Discord id, not \u201c"
                    + moderatorChannelId + "\u201d");
        }
        apiUrl = url(API_URL_VARIABLE, apiUrl, "http").map(u -> u.endsWith("/") ? u : u + "/");
        gatewayUrl = url(GATEWAY_URL_VARIABLE, gatewayUrl, "ws");
        shards = shards == null ? DiscordShards.NONE : shards;
    }

    /** Unsharded settings. */
    public DiscordSettings(ReplyMode replyMode, List<String> guildIds, List<String> moderatorRoleIds,
                           List<String> moderatorRoleNames, String moderatorChannelId,
                           Optional<String> apiUrl, Optional<String> gatewayUrl) {
        this(replyMode, guildIds, moderatorRoleIds, moderatorRoleNames, moderatorChannelId, apiUrl, gatewayUrl,
                DiscordShards.NONE);
    }

    /**
     * Settings from the {@code discord:} block of {@code termbot.yaml}, whose {@code moderator_roles}
     * list mixes role ids (all digits) and role names, plus the endpoint overrides from the environment.
     */
    public static DiscordSettings fromConfig(ReplyMode replyMode, List<String> guildIds, List<String> moderatorRoles,
                                             String moderatorChannelId, Map<String, String> environment) {
        List<String> roles = moderatorRoles == null ? List.of() : moderatorRoles.stream()
                .map(String::strip).filter(role -> !role.isEmpty()).toList();
        return new DiscordSettings(replyMode, guildIds,
                roles.stream().filter(role -> SNOWFLAKE.matcher(role).matches()).toList(),
                roles.stream().filter(role -> !SNOWFLAKE.matcher(role).matches()).toList(),
                moderatorChannelId, Optional.empty(), Optional.empty())
                .withEndpointsFrom(environment);
    }

    /** These settings with the endpoint overrides taken from the environment where they are set. */
    public DiscordSettings withEndpointsFrom(Map<String, String> environment) {
        Optional<String> api = nonBlank(environment.get(API_URL_VARIABLE));
        Optional<String> gateway = nonBlank(environment.get(GATEWAY_URL_VARIABLE));
        return new DiscordSettings(replyMode, guildIds, moderatorRoleIds, moderatorRoleNames, moderatorChannelId,
                api.isPresent() ? api : apiUrl, gateway.isPresent() ? gateway : gatewayUrl, shards);
    }

    /** These settings with another reply mode. */
    public DiscordSettings withReplyMode(ReplyMode mode) {
        return new DiscordSettings(mode, guildIds, moderatorRoleIds, moderatorRoleNames, moderatorChannelId,
                apiUrl, gatewayUrl, shards);
    }

    /** These settings running {@code running} shards. */
    public DiscordSettings withShards(DiscordShards running) {
        return new DiscordSettings(replyMode, guildIds, moderatorRoleIds, moderatorRoleNames, moderatorChannelId,
                apiUrl, gatewayUrl, running);
    }

    private static List<String> snowflakes(String name, List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        List<String> stripped = ids.stream().map(String::strip).toList();
        for (String id : stripped) {
            if (!SNOWFLAKE.matcher(id).matches()) {
                throw new IllegalArgumentException(name + " must hold numeric Discord ids, not \u201c" + id + "\u201d");
            }
        }
        return stripped;
    }

    private static Optional<String> url(String name, Optional<String> value, String scheme) {
        Optional<String> url = value == null ? Optional.empty() : value.flatMap(DiscordSettings::nonBlank);
        url.ifPresent(u -> {
            if (!u.startsWith(scheme + "://") && !u.startsWith(scheme + "s://")) {
                throw new IllegalArgumentException(name + " must start with " + scheme + ":// or " + scheme + "s://");
            }
        });
        return url;
    }

    private static Optional<String> nonBlank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
