package dev.termbot.platform.discord;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.attribute.IGuildChannelContainer;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shards of {@code discord.shards} this process runs, through JDA's shard manager. Each shard is
 * its own gateway session: it identifies with {@code [id, total]}, receives only the events of its
 * guilds, and resumes or reconnects without the others. Thread-safe as far as JDA is.
 */
final class ShardedSession implements DiscordSession {
    /** How often {@link #awaitReady} looks for a shard the manager has not built yet. */
    private static final long POLL_MILLIS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(ShardedSession.class);

    private final ShardManager manager;
    private final DiscordShards shards;

    ShardedSession(ShardManager manager, DiscordShards shards) {
        this.manager = manager;
        this.shards = shards;
    }

    /**
     * The manager builds its shards one after another (Discord allows one IDENTIFY per five seconds
     * per bucket), so a shard may not exist yet: wait for each to appear, then to be ready.
     */
    @Override
    public void awaitReady() throws InterruptedException {
        for (int id : shards.ids()) {
            JDA shard = manager.getShardById(id);
            while (shard == null) {
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
                shard = manager.getShardById(id);
            }
            shard.awaitReady();
        }
    }

    @Override
    public IGuildChannelContainer<Channel> channels() {
        return manager;
    }

    @Override
    public Guild guild(String id) {
        return manager.getGuildById(id);
    }

    @Override
    public JDA any() {
        return manager.getShardById(shards.ids().get(0));
    }

    @Override
    public int guildCount() {
        return (int) manager.getGuildCache().size();
    }

    @Override
    public Map<String, Boolean> connections() {
        Map<String, Boolean> up = new LinkedHashMap<>();
        for (int id : shards.ids()) {
            JDA shard = manager.getShardById(id);
            up.put(Places.PLATFORM + " " + DiscordShards.name(id, shards.total()),
                    shard != null && shard.getStatus() == JDA.Status.CONNECTED);
        }
        return up;
    }

    @Override
    public void shutdown(Duration grace) {
        List<JDA> running = manager.getShards(); // the manager forgets its shards as it shuts them down
        manager.shutdown();
        try {
            for (JDA shard : running) {
                if (!shard.awaitShutdown(grace)) {
                    LOG.warn("Discord {} did not shut down within {}; forcing it",
                            DiscordShards.name(shard.getShardInfo().getShardId(), shards.total()), grace);
                    shard.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.forEach(JDA::shutdownNow);
        }
    }
}
