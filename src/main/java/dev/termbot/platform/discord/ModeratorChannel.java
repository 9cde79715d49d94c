package dev.termbot.platform.discord;

import java.util.List;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.attribute.IGuildChannelContainer;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured channel where the digest goes. Long texts are posted as several messages, chained
 * so they arrive in order. Immutable and thread-safe.
 */
final class ModeratorChannel {
    private static final Logger LOG = LoggerFactory.getLogger(ModeratorChannel.class);

    private final String channelId;
    private final PendingReplies pending;

    ModeratorChannel(String channelId, PendingReplies pending) {
        this.channelId = channelId;
        this.pending = pending;
    }

    String id() {
        return channelId;
    }

    /** Queues the text; false when no channel is configured or JDA does not know it (nothing was sent). */
    boolean post(IGuildChannelContainer<Channel> channels, String markdown) {
        if (channelId.isEmpty()) {
            LOG.info("no discord moderator_channel_id configured; nothing posted");
            return false;
        }
        GuildMessageChannel channel = channels.getChannelById(GuildMessageChannel.class, channelId);
        if (channel == null) {
            LOG.warn("moderator channel {} is not visible to the bot; nothing posted", channelId);
            return false;
        }
        List<String> chunks = MessageChunks.split(markdown, MessageChunks.DISCORD_LIMIT);
        if (chunks.isEmpty()) {
            return true;
        }
        try {
            RestAction<Message> chain = channel.sendMessage(ReplyMessages.text(chunks.get(0)));
            for (String chunk : chunks.subList(1, chunks.size())) {
                chain = chain.flatMap(previous -> channel.sendMessage(ReplyMessages.text(chunk)));
            }
            pending.queue(chain, last -> LOG.info("posted {} message(s) to moderator channel {}", chunks.size(), channelId),
                    failure -> LOG.warn("could not post to moderator channel {}: {}", channelId, failure.toString()));
            return true;
        } catch (PermissionException e) {
            LOG.warn("missing permission {} in moderator channel {}", e.getPermission(), channelId);
            return false;
        }
    }
}
