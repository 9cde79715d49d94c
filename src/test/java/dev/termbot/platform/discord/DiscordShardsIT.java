package dev.termbot.platform.discord;

import dev.termbot.core.Bot;
import dev.termbot.core.EventKind;
import dev.termbot.core.InMemoryPolicyStore;
import dev.termbot.core.PolicySettings;
import dev.termbot.core.UsageEvent;
import dev.termbot.testing.Await;
import dev.termbot.testing.RecordingUsageLog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.termbot.platform.discord.FakeDiscord.B_GENERAL;
import static dev.termbot.platform.discord.FakeDiscord.GENERAL;
import static dev.termbot.platform.discord.FakeDiscord.GUILD_A;
import static dev.termbot.platform.discord.FakeDiscord.GUILD_B;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Discord sharded through JDA's shard manager against the fake gateway, which routes each guild's
 * events to its shard ((guild_id >> 22) % total: guild A on shard 0 of 2, guild B on shard 1).
 */
class DiscordShardsIT {
    private static final String ALICE = "700000000000000001";
    private static final String BOB = "700000000000000002";
    private static final String SHARD_0 = "discord shard 0 of 2";
    private static final String SHARD_1 = "discord shard 1 of 2";
    /** JDA logs every gateway close code at ERROR, even the ones it resumes from. */
    private static final String JDA_WEBSOCKET = "net.dv8tion.jda.internal.requests.WebSocketClient";

    @RegisterExtension
    final FailOnErrorLogs failOnErrorLogs = new FailOnErrorLogs();

    private DiscordHarness world;
    private FakeDiscord discord;
    private DiscordPlatform other;

    @BeforeEach
    void createWorld() throws Exception {
        world = DiscordHarness.create();
        discord = world.discord;
    }

    @AfterEach
    void closeWorld() throws Exception {
        if (other != null) {
            other.close();
        }
        world.close();
    }

    @Test
    void two_shards_in_one_process_each_answer_their_guild_once_and_report_readiness_apart() throws Exception {
        // GIVEN termbot running both shards of two
        DiscordPlatform platform = world.connect(world.settings().withShards(DiscordShards.of(2, "0-1")));

        // THEN each shard identified with its own [id, total], and readiness names each shard
        assertThat(discord.gateway().identifiedShards()).extracting(shard -> List.of(shard[0], shard[1]))
                .containsExactlyInAnyOrder(List.of(0, 2), List.of(1, 2));
        assertThat(platform.connections()).isEqualTo(Map.of(SHARD_0, true, SHARD_1, true));
        assertThat(platform.isConnected()).isTrue();

        // WHEN a person in each guild uses the phrase (each event reaches only its guild's shard)
        discord.userSays(GUILD_A, GENERAL, ALICE, "a distillation attack");
        discord.userSays(GUILD_B, B_GENERAL, BOB, "a distillation attack");

        // THEN each message gets exactly one note
        Await.until("both notes delivered", () -> world.usage.count(EventKind.REPLIED) == 2);
        assertThat(discord.messagesPostedTo(GENERAL)).hasSize(1);
        assertThat(discord.messagesPostedTo(B_GENERAL)).hasSize(1);
        assertThat(world.usage.of(EventKind.REPLIED)).extracting(event -> event.where().workspace())
                .containsExactlyInAnyOrder(GUILD_A, GUILD_B);
    }

    @Test
    void a_shard_resumes_on_its_own_while_the_other_stays_connected() throws Exception {
        // GIVEN both shards connected
        DiscordPlatform platform = world.connect(world.settings().withShards(DiscordShards.of(2, "")));
        failOnErrorLogs.expect(JDA_WEBSOCKET, "WebSocket connection closed due to server error! 4000");

        // WHEN the gateway drops shard 1's session with a resumable code
        discord.gateway().closeShard(1, 4000);

        // THEN shard 1 resumes (no new IDENTIFY), and both shards report ready again
        Await.until("shard 1 resumed", () -> discord.gateway().resumeCount() == 1);
        Await.until("both shards connected", () -> platform.connections().equals(Map.of(SHARD_0, true, SHARD_1, true)));
        assertThat(discord.gateway().identifyCount()).as("IDENTIFYs: one per shard, none after the drop").isEqualTo(2);

        // AND guild B, on the resumed shard, is answered
        discord.userSays(GUILD_B, B_GENERAL, BOB, "a distillation attack");
        Await.until("the note in guild B", () -> discord.messagesPostedTo(B_GENERAL).size() == 1);
    }

    @Test
    void two_processes_splitting_the_shards_each_handle_only_their_own_guilds() throws Exception {
        // GIVEN two termbots (two bots, two usage logs), one running shard 0 of 2, the other shard 1
        world.connect(world.settings().withShards(DiscordShards.of(2, "0")));
        RecordingUsageLog otherUsage = new RecordingUsageLog();
        Bot otherBot = new Bot(TestGlossary::knowledge, new InMemoryPolicyStore(), PolicySettings.DEFAULTS, otherUsage,
                DiscordHarness.CLOCK);
        other = new DiscordPlatform(otherBot, world.settings().withShards(DiscordShards.of(2, "1")),
                DiscordCredentials.fromEnvironment(Map.of(DiscordCredentials.TOKEN_VARIABLE, "fake-token")),
                () -> DiscordHarness.DIGEST, DiscordHarness.CLOCK, Duration.ZERO);
        other.start();
        assertThat(world.platform().connections()).isEqualTo(Map.of(SHARD_0, true));
        assertThat(other.connections()).isEqualTo(Map.of(SHARD_1, true));

        // WHEN a person in each guild uses the phrase
        discord.userSays(GUILD_A, GENERAL, ALICE, "a distillation attack");
        discord.userSays(GUILD_B, B_GENERAL, BOB, "a distillation attack");

        // THEN each guild is answered once, by the process that runs its shard, and seen by no other
        Await.until("both notes delivered", () -> world.usage.count(EventKind.REPLIED) + otherUsage.count(EventKind.REPLIED) == 2);
        assertThat(discord.messagesPostedTo(GENERAL)).hasSize(1);
        assertThat(discord.messagesPostedTo(B_GENERAL)).hasSize(1);
        assertThat(world.usage.events()).extracting(UsageEvent::where).allMatch(where -> where.workspace().equals(GUILD_A));
        assertThat(otherUsage.events()).extracting(UsageEvent::where).allMatch(where -> where.workspace().equals(GUILD_B));
        assertThat(world.usage.count(EventKind.HIT)).isEqualTo(1);
        assertThat(otherUsage.count(EventKind.HIT)).isEqualTo(1);
    }

    @Test
    void unsharded_readiness_is_one_connection_named_discord() throws Exception {
        DiscordPlatform platform = world.connect();

        assertThat(platform.connections()).isEqualTo(Map.of("discord", true));
        assertThat(discord.gateway().identifiedShards()).as("no shard array sent, or only [0, 1]").isEmpty();
    }
}
