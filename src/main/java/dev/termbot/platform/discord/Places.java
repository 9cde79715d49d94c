package dev.termbot.platform.discord;

import dev.termbot.core.Where;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.interactions.Interaction;

/**
 * Turns a Discord guild and channel into the core's {@link Where}.
 *
 * <p>A thread maps to {@code channel = parent channel id, thread = thread id}: a mute or a cooldown
 * a moderator sets on a channel then covers its threads (the core keys those by channel only),
 * while the "one note per rule" cooldown is counted per thread (the core keys notes by channel and
 * thread), just as for Slack threads. Stateless.
 */
final class Places {
    static final String PLATFORM = "discord";

    private Places() {
    }

    /** Where an interaction happened; falls back to the raw channel id when JDA has no channel object. */
    static Where of(Interaction interaction) {
        Channel channel = interaction.getChannel();
        if (channel == null) {
            Guild guild = interaction.getGuild();
            return new Where(PLATFORM, guild == null ? "" : guild.getId(), interaction.getChannelId(), "");
        }
        return of(interaction.getGuild(), channel);
    }

    /**
     * The name of the channel a message's {@link Where} is keyed by: the channel's own, or for a
     * thread its parent's (the digest counts per channel); empty when JDA does not know it.
     */
    static String channelName(Channel channel) {
        if (channel instanceof ThreadChannel thread) {
            IThreadContainer parent = thread.getParentChannel();
            return parent == null ? "" : parent.getName();
        }
        return channel == null ? "" : channel.getName();
    }

    static Where of(Guild guild, Channel channel) {
        String workspace = guild == null ? "" : guild.getId();
        if (channel instanceof ThreadChannel thread) {
            IThreadContainer parent = thread.getParentChannel();
            // a thread whose parent JDA does not know stays keyed by itself rather than failing
            String channelId = parent == null ? thread.getId() : parent.getId();
            return new Where(PLATFORM, workspace, channelId, thread.getId());
        }
        return new Where(PLATFORM, workspace, channel.getId(), "");
    }
}
