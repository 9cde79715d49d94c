package dev.termbot.platform.discord;

import dev.termbot.core.Bot;
import dev.termbot.core.EventKind;
import dev.termbot.core.InMemoryPolicyStore;
import dev.termbot.core.PolicySettings;
import dev.termbot.testing.Await;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class DiscordPlatformIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    final FailOnErrorLogs failOnErrorLogs = new FailOnErrorLogs();

    private FakeDiscord discord;
    private RecordingUsageLog usage;
    private Bot bot;
    private DiscordPlatform platform;

    @BeforeEach
    void startFakeDiscord() throws Exception {
        discord = FakeDiscord.start();
        usage = new RecordingUsageLog();
        bot = new Bot(TestGlossary::knowledge, new InMemoryPolicyStore(), PolicySettings.DEFAULTS, usage, CLOCK);
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (platform != null) {
            platform.close();
        }
        discord.close();
        assertThat(discord.gateway().problems()).isEmpty();
    }

    @Test
    void a_misused_term_gets_a_reply_embed_with_links_and_no_mentions() throws Exception {
        // GIVEN termbot connected in reply mode
        start(settings());

        // WHEN a person writes the phrase, pinging everyone
        DataObject message = discord.userSays(FakeDiscord.GUILD_A, FakeDiscord.GENERAL, "700000000000000001",
                "@everyone is this a distillation attack?");

        // THEN one reply is posted with the note
        RecordedRequest post = Await.value("a note in #general", () -> first(discord.messagesPostedTo(FakeDiscord.GENERAL)));
        DataObject body = post.json();
        System.out.println(body.toPrettyString());
        assertThat(body.getObject("message_reference").getString("message_id")).isEqualTo(message.getString("id"));
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    private DiscordSettings settings() {
        return new DiscordSettings(DiscordSettings.ReplyMode.REPLY, List.of(), List.of(), List.of("moderators"),
                FakeDiscord.MODS, Optional.of(discord.apiUrl()), Optional.of(discord.gatewayUrl()));
    }

    private void start(DiscordSettings settings) throws Exception {
        platform = new DiscordPlatform(bot, settings, DiscordCredentials.fromEnvironment(Map.of("DISCORD_TOKEN", "fake-token")),
                () -> "# termbot digest\n\nNo notes this week.", CLOCK, Duration.ZERO);
        platform.start();
    }
}
