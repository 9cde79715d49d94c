package dev.termbot.platform.discord;

import static dev.termbot.platform.discord.FakeDiscord.GENERAL;
import static dev.termbot.platform.discord.FakeDiscord.GUILD_A;
import static dev.termbot.platform.discord.FakeDiscord.MODS;
import static dev.termbot.platform.discord.FakeDiscord.RANDOM;
import static dev.termbot.platform.discord.FakeDiscord.THREAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.ChannelName;
import dev.termbot.core.ChannelNames;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import dev.termbot.testing.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Channel names for the digest on Discord: the name comes with the gateway's events (real JDA
 * against the fake gateway, no REST call) and lands in a real SQLite file, written only when it is
 * new or changed. The cache's one worker writes in order, so once a later channel's name is stored,
 * an earlier message's write would have happened already.
 */
class DiscordChannelNamesIT {
    private static final String ALICE = "700000000000000001";
    private static final String PHRASE = "is this a distillation attack?";

    @RegisterExtension
    final FailOnErrorLogs failOnErrorLogs = new FailOnErrorLogs();

    @TempDir
    Path dir;

    private DiscordHarness world;
    private Storage storage;
    private RecordingNames names;
    private DiscordPlatform platform;

    /** The database's names, with every write recorded. */
    private static final class RecordingNames implements ChannelNames {
        final ChannelNames stored;
        final List<ChannelName> writes = new CopyOnWriteArrayList<>();

        RecordingNames(ChannelNames stored) {
            this.stored = stored;
        }

        @Override
        public void remember(ChannelName name) {
            writes.add(name);
            stored.remember(name);
        }

        @Override
        public Optional<ChannelName> find(String platform, String workspace, String channel) {
            return stored.find(platform, workspace, channel);
        }
    }

    @BeforeEach
    void connect() throws Exception {
        world = DiscordHarness.create();
        storage = Storage.open(dir.resolve("termbot.db"), DiscordHarness.CLOCK, StorageOptions.fromEnvironment(Map.of()));
        names = new RecordingNames(storage.channelNames());
        platform = new DiscordPlatform(world.bot, world.settings(),
                DiscordCredentials.fromEnvironment(Map.of(DiscordCredentials.TOKEN_VARIABLE, "fake-token")),
                world.digest::get, DiscordHarness.CLOCK, Duration.ZERO, names);
        platform.start();
    }

    @AfterEach
    void close() throws Exception {
        try {
            platform.close();
            world.close();
        } finally {
            storage.close();
        }
    }

    @Test
    void a_channel_is_named_from_the_event_and_written_once() {
        // WHEN a person writes a watched phrase in #general
        world.discord.userSays(GUILD_A, GENERAL, ALICE, PHRASE);

        // THEN #general's name is stored under the guild, read from the event
        Await.until("#general named", () -> named(GENERAL).isPresent());
        assertThat(named(GENERAL).get().name()).isEqualTo("general");
        assertThat(named(GENERAL).get().seenAt()).isEqualTo(DiscordHarness.CLOCK.instant());

        // WHEN the phrase comes again in #general and in its thread, a message without a hit in #mods, then one in #random
        world.discord.userSays(GUILD_A, GENERAL, ALICE, PHRASE);
        world.discord.userSays(GUILD_A, THREAD, ALICE, PHRASE);
        world.discord.userSays(GUILD_A, MODS, ALICE, "nothing to see here");
        world.discord.userSays(GUILD_A, RANDOM, ALICE, PHRASE);
        Await.until("#random named", () -> named(RANDOM).isPresent());

        // THEN #general was written once (the thread counts for its parent channel), #mods never, #random once
        assertThat(names.writes).extracting(ChannelName::channel).containsExactly(GENERAL, RANDOM);
        assertThat(named(MODS)).isEmpty();
        assertThat(world.discord.rest().problems()).isEmpty();
    }

    @Test
    void a_renamed_channel_is_written_again_with_its_new_name() {
        // GIVEN #random is named
        world.discord.userSays(GUILD_A, RANDOM, ALICE, PHRASE);
        Await.until("#random named", () -> named(RANDOM).isPresent());

        // WHEN a moderator renames it (Discord sends CHANNEL_UPDATE) and the phrase comes again there
        world.discord.gateway().dispatch("CHANNEL_UPDATE", DiscordPayloads.textChannel(RANDOM, GUILD_A, "off-topic"));
        world.discord.userSays(GUILD_A, RANDOM, ALICE, PHRASE);

        // THEN the new name replaces the old one
        Await.until("#random renamed", () -> named(RANDOM).map(ChannelName::name).filter("off-topic"::equals).isPresent());
        assertThat(names.writes).extracting(ChannelName::name).containsExactly("random", "off-topic");
    }

    private Optional<ChannelName> named(String channel) {
        return storage.channelNames().find("discord", GUILD_A, channel);
    }
}
