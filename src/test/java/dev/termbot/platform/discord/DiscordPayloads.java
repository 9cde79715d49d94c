package dev.termbot.platform.discord;

import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Builds the JSON objects of the fake Discord: users, members, guilds, messages and interactions,
 * shaped like the payloads Discord sends (only the fields JDA 6.5.0 needs). Stateless.
 */
final class DiscordPayloads {
    static final String TIMESTAMP = "2025-01-01T00:00:00.000000+00:00";

    private DiscordPayloads() {
    }

    static DataObject user(String id, String name, boolean bot) {
        DataObject user = DataObject.empty().put("id", id).put("username", name).put("discriminator", "0")
                .put("global_name", name).putNull("avatar");
        return bot ? user.put("bot", true) : user;
    }

    static DataObject member(DataObject user, List<String> roleIds) {
        return DataObject.empty().put("user", user).put("roles", DataArray.fromCollection(roleIds))
                .put("joined_at", TIMESTAMP).put("deaf", false).put("mute", false).put("flags", 0);
    }

    static DataObject role(String id, String name, long permissions, int position) {
        return DataObject.empty().put("id", id).put("name", name).put("permissions", Long.toString(permissions))
                .put("position", position).put("color", 0)
                .put("colors", DataObject.empty().put("primary_color", 0)).put("hoist", false)
                .put("managed", false).put("mentionable", false).put("flags", 0);
    }

    static DataObject textChannel(String id, String guildId, String name) {
        return DataObject.empty().put("id", id).put("type", 0).put("guild_id", guildId).put("name", name)
                .put("position", 0).put("permission_overwrites", DataArray.empty()).put("nsfw", false);
    }

    static DataObject thread(String id, String guildId, String parentId, String ownerId, String name) {
        return DataObject.empty().put("id", id).put("type", 11).put("guild_id", guildId).put("parent_id", parentId)
                .put("owner_id", ownerId).put("name", name).put("message_count", 0).put("total_message_sent", 0)
                .put("member_count", 1).put("rate_limit_per_user", 0).put("flags", 0)
                .put("thread_metadata", DataObject.empty().put("archived", false).put("auto_archive_duration", 1440)
                        .put("archive_timestamp", TIMESTAMP).put("locked", false));
    }

    static DataObject guildCreate(FakeGuild guild, DataObject botUser) {
        DataArray roles = DataArray.empty();
        guild.roles().forEach(roles::add);
        DataArray channels = DataArray.empty();
        guild.channels().forEach(channels::add);
        DataArray threads = DataArray.empty();
        guild.threads().forEach(threads::add);
        return DataObject.empty().put("id", guild.id()).put("name", guild.name()).put("owner_id", guild.ownerId())
                .put("member_count", 3).put("afk_timeout", 300).put("roles", roles).put("channels", channels)
                .put("threads", threads).put("members", DataArray.empty().add(member(botUser, List.of())))
                .put("guild_scheduled_events", DataArray.empty()).put("emojis", DataArray.empty())
                .put("stickers", DataArray.empty()).put("voice_states", DataArray.empty())
                .put("features", DataArray.empty()).put("large", false).put("unavailable", false);
    }

    static DataObject message(String id, String guildId, String channelId, DataObject author, String content) {
        DataObject message = DataObject.empty().put("id", id).put("type", 0).put("channel_id", channelId)
                .put("content", content).put("author", author).put("timestamp", TIMESTAMP).putNull("edited_timestamp")
                .put("tts", false).put("mention_everyone", false).put("mentions", DataArray.empty())
                .put("mention_roles", DataArray.empty()).put("attachments", DataArray.empty())
                .put("embeds", DataArray.empty()).put("components", DataArray.empty()).put("pinned", false)
                .put("flags", 0);
        return guildId == null ? message : message.put("guild_id", guildId);
    }

    static DataObject reactionAdd(String guildId, String channelId, String messageId, String messageAuthorId,
                                  DataObject reactor, String emoji) {
        return DataObject.empty().put("user_id", reactor.getString("id")).put("channel_id", channelId)
                .put("message_id", messageId).put("guild_id", guildId).put("message_author_id", messageAuthorId)
                .put("member", member(reactor, List.of())).put("burst", false).put("type", 0)
                .put("emoji", DataObject.empty().putNull("id").put("name", emoji));
    }

    /** An INTERACTION_CREATE: type 2 command, 3 component, 4 autocomplete. */
    static DataObject interaction(String id, String token, int type, String applicationId, String guildId,
                                  DataObject channel, DataObject member, DataObject data) {
        return DataObject.empty().put("id", id).put("token", token).put("type", type).put("version", 1)
                .put("application_id", applicationId).put("guild_id", guildId)
                .put("guild", DataObject.empty().put("id", guildId).put("locale", "en-US").put("features", DataArray.empty()))
                .put("channel_id", channel.getString("id")).put("channel", channel).put("member", member)
                .put("data", data).put("locale", "en-US").put("guild_locale", "en-US").put("context", 0)
                .put("app_permissions", "274877992000").put("entitlements", DataArray.empty())
                .put("authorizing_integration_owners", DataObject.empty().put("0", guildId))
                .put("attachment_size_limit", 10485760);
    }

    static DataObject commandData(String commandId, String name, DataArray options) {
        return DataObject.empty().put("id", commandId).put("name", name).put("type", 1).put("options", options);
    }

    static DataObject stringOption(String name, String value, boolean focused) {
        DataObject option = DataObject.empty().put("name", name).put("type", 3).put("value", value);
        return focused ? option.put("focused", true) : option;
    }

    static DataObject subcommand(String name, DataArray options) {
        return DataObject.empty().put("name", name).put("type", 1).put("options", options);
    }

    static DataObject buttonData(String customId) {
        return DataObject.empty().put("custom_id", customId).put("component_type", 2);
    }
}
