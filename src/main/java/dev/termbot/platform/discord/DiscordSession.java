package dev.termbot.platform.discord;

import java.time.Duration;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.attribute.IGuildChannelContainer;

/**
 * The gateway connection of the platform: one JDA session for every guild, or a shard manager running
 * the shards {@code discord.shards} names ({@link ShardedSession}). Each shard connects, resumes and
 * reconnects on its own (that is JDA's); this only gathers what the platform asks of all of them.
 *
 * <p>Implementations are thread-safe as far as JDA is.
 */
interface DiscordSession {
    /**
     * Waits until every session of this process is ready.
     *
     * @throws IllegalStateException when Discord refused a session (JDA shut it down)
     */
    void awaitReady() throws InterruptedException;

    /** Channels of every guild this process sees, across its shards. */
    IGuildChannelContainer<Channel> channels();

    /** The guild, when one of this process's sessions has it; else null. */
    Guild guild(String id);

    /** One session, for what is the same on all of them: the bot user, global commands. */
    JDA any();

    /** How many guilds this process serves. */
    int guildCount();

    /** Each connection by name ("discord", or "discord shard 1 of 4"), and whether it is connected now. */
    Map<String, Boolean> connections();

    /** Shuts every session down, waiting up to {@code grace} before forcing it. */
    void shutdown(Duration grace);

    /** The one session of an unsharded bot. */
    static DiscordSession of(JDA jda) {
        return new DiscordSession() {
            @Override
            public void awaitReady() throws InterruptedException {
                jda.awaitReady();
            }

            @Override
            public IGuildChannelContainer<Channel> channels() {
                return jda;
            }

            @Override
            public Guild guild(String id) {
                return jda.getGuildById(id);
            }

            @Override
            public JDA any() {
                return jda;
            }

            @Override
            public int guildCount() {
                return jda.getGuilds().size();
            }

            @Override
            public Map<String, Boolean> connections() {
                return Map.of(Places.PLATFORM, jda.getStatus() == JDA.Status.CONNECTED);
            }

            @Override
            public void shutdown(Duration grace) {
                stop(jda, grace);
            }
        };
    }

    /** Shuts one JDA session down, bounded; forced after {@code grace}. */
    static void stop(JDA target, Duration grace) {
        target.shutdown();
        try {
            if (!target.awaitShutdown(grace)) {
                org.slf4j.LoggerFactory.getLogger(DiscordSession.class)
                        .warn("JDA did not shut down within {}; forcing it", grace);
                target.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            target.shutdownNow();
        }
    }
}
