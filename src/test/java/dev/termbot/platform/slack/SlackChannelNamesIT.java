package dev.termbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.Bot;
import dev.termbot.core.ChannelName;
import dev.termbot.core.InMemoryPolicyStore;
import dev.termbot.core.Installation;
import dev.termbot.core.PolicySettings;
import dev.termbot.digest.DigestCompiler;
import dev.termbot.digest.DigestMarkdown;
import dev.termbot.digest.DigestPeriod;
import dev.termbot.digest.DigestSettings;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import dev.termbot.testing.Await;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Channel names for the digest on Slack: real Bolt in HTTP mode, signed events, the fake Web API's
 * {@code conversations.info}, and the names in a real SQLite file. The cache's one worker takes
 * lookups in order, so once a later channel's name is stored, any lookup an earlier message had
 * asked for would have happened already: that is how a test sees that a call did not happen.
 */
// Fake tokens are split in the source ("xox" + "b-...") so that secret scanners never mistake them for real ones.
class SlackChannelNamesIT {
    private static final String INFO = "conversations.info";
    private static final String TEXT = "they call it a distillation attack";
    private static final String TEAM_A = "T0AAAAAAA";
    private static final String TOKEN_A = "xox" + "b-1111-fake-token-of-workspace-a";
    private static final String SECRET_KEY = Base64.getEncoder()
            .encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @TempDir
    Path dir;

    private final LogCapture logs = new LogCapture();
    private FakeSlackApi api;
    private Storage storage;
    private SlackPlatform platform;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        api.channel("C0GENERAL", "general");
        api.channel("C0RANDOM", "random");
        api.channel("C0ACHAN", "a-team");
        api.groupDm("G0MPIM", "mpdm-alice--bob-1");
        storage = Storage.open(dir.resolve("termbot.db"), Clock.systemUTC(), StorageOptions.fromEnvironment(Map.of()));
    }

    @AfterEach
    void stop() {
        try {
            if (platform != null) {
                platform.close();
            }
            api.close();
            storage.close();
            assertThat(logs.errors()).as("errors logged").isEmpty();
            assertThat(logs.lines()).noneMatch(line -> line.contains(SlackHarness.BOT_TOKEN) || line.contains(TOKEN_A));
        } finally {
            logs.close();
        }
    }

    @Test
    void a_channel_is_asked_for_once_and_the_digest_shows_it_by_name() throws Exception {
        // GIVEN termbot in one workspace (a bot token), keeping names in the database
        platform = singleWorkspace();

        // WHEN a message with a watched phrase arrives in #general
        post(Payloads.message("Ev0000001", "C0GENERAL", "U0ALICE", "1714824000.000100", TEXT).toString());

        // THEN its name is asked for with the bot token and stored, without any message text
        Await.until("#general named", () -> named("C0GENERAL").isPresent());
        assertThat(named("C0GENERAL").get().name()).isEqualTo("general");
        assertThat(api.calls(INFO)).singleElement().satisfies(call -> {
            assertThat(call.param("channel")).isEqualTo("C0GENERAL");
            assertThat(call.authorization()).isEqualTo("Bearer " + SlackHarness.BOT_TOKEN);
        });

        // WHEN a second message arrives there, a message without a hit in a third channel, then one in #random
        post(Payloads.message("Ev0000002", "C0GENERAL", "U0BOB", "1714824000.000200", TEXT).toString());
        post(Payloads.message("Ev0000003", "C0QUIET", "U0BOB", "1714824000.000300", "nothing to see here").toString());
        post(Payloads.message("Ev0000004", "C0RANDOM", "U0CAROL", "1714824000.000400", TEXT).toString());
        Await.until("#random named", () -> named("C0RANDOM").isPresent());

        // THEN Slack was asked once per channel with hits: not again for #general, never for the quiet channel
        assertThat(api.calls(INFO)).extracting(call -> call.param("channel")).containsExactly("C0GENERAL", "C0RANDOM");

        // AND the digest of the day lists the channels by name (the second note in #general waits for its cooldown;
        // closing commits the usage log's last batch)
        Await.until("a note in each channel", () -> api.delivered("chat.postMessage").size() == 2);
        platform.close();
        storage.close();
        storage = Storage.open(dir.resolve("termbot.db"), Clock.systemUTC(), StorageOptions.fromEnvironment(Map.of()));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String digest = DigestMarkdown.render(new DigestCompiler(storage.usageQueries(), DigestSettings.DEFAULTS, Clock.systemUTC())
                .compile(new DigestPeriod(today.minusDays(1), today.plusDays(1)), List.of(TestGlossary.DISTILLATION),
                        List.of(TestGlossary.RULE)));
        assertThat(digest).contains("- `#general (slack T0TERMBOT)`: 2 hits", "- `#random (slack T0TERMBOT)`: 1 hit")
                .contains("`distillation-attack` → `Distillation`: 3 hits");
    }

    @Test
    void a_name_stored_within_a_day_is_used_without_asking_slack() throws Exception {
        // GIVEN #general was named an hour ago (by this process before a restart, or by another process)
        storage.channelNames().remember(new ChannelName("slack", "T0TERMBOT", "C0GENERAL", "general",
                Instant.now().minusSeconds(3600)));
        platform = singleWorkspace();

        // WHEN messages with hits arrive in #general and then in #random
        post(Payloads.message("Ev0000001", "C0GENERAL", "U0ALICE", "1714824000.000100", TEXT).toString());
        post(Payloads.message("Ev0000002", "C0RANDOM", "U0BOB", "1714824000.000200", TEXT).toString());
        Await.until("#random named", () -> named("C0RANDOM").isPresent());

        // THEN only #random was asked for
        assertThat(api.calls(INFO)).extracting(call -> call.param("channel")).containsExactly("C0RANDOM");
    }

    @Test
    void a_group_dm_is_never_named_because_its_name_is_made_of_people() throws Exception {
        platform = singleWorkspace();

        post(Payloads.message("Ev0000001", "G0MPIM", "U0ALICE", "1714824000.000100", TEXT).toString());
        post(Payloads.message("Ev0000002", "C0GENERAL", "U0BOB", "1714824000.000200", TEXT).toString());
        Await.until("#general named", () -> named("C0GENERAL").isPresent());

        assertThat(api.calls(INFO)).extracting(call -> call.param("channel")).containsExactly("G0MPIM", "C0GENERAL");
        assertThat(named("G0MPIM")).isEmpty();
    }

    @Test
    void in_oauth_mode_the_name_is_asked_for_with_the_workspace_own_token() throws Exception {
        // GIVEN termbot installed in workspace A through OAuth (its token sealed in the database)
        MasterKey key = MasterKey.fromEnvironment(Map.of(MasterKey.VARIABLE, SECRET_KEY));
        storage.installations().save(new Installation("slack", TEAM_A, "U0BOTA", new TokenCipher(key).seal(TEAM_A, TOKEN_A),
                Instant.now()));
        OAuthMode oauth = new OAuthMode(new OAuthCredentials("1111111111.2222222222", "fake0client0secret0for0tests0000", ""),
                key, storage.installations());
        platform = start(new SlackCredentials("", SlackHarness.SIGNING_SECRET, ""), Optional.of(oauth));

        // WHEN a message with a hit arrives from workspace A
        post(WorkspacePayloads.message(TEAM_A, "Ev0A00001", "C0ACHAN", "1714824000.000100"));

        // THEN workspace A's own token asked for the name, and the name is stored under workspace A
        Await.until("#a-team named", () -> storage.channelNames().find("slack", TEAM_A, "C0ACHAN").isPresent());
        assertThat(storage.channelNames().find("slack", TEAM_A, "C0ACHAN").get().name()).isEqualTo("a-team");
        assertThat(api.calls(INFO)).singleElement()
                .satisfies(call -> assertThat(call.authorization()).isEqualTo("Bearer " + TOKEN_A));
    }

    private SlackPlatform singleWorkspace() throws Exception {
        return start(new SlackCredentials(SlackHarness.BOT_TOKEN, SlackHarness.SIGNING_SECRET, ""), Optional.empty());
    }

    private SlackPlatform start(SlackCredentials credentials, Optional<OAuthMode> oauth) throws Exception {
        Bot bot = new Bot(TestGlossary::knowledge, new InMemoryPolicyStore(), PolicySettings.DEFAULTS, storage.usageLog(),
                Clock.systemUTC());
        SlackPlatform started = new SlackPlatform(bot, SlackSettings.defaults().withHttp("127.0.0.1", 0).withApiUrl(api.apiUrl()),
                credentials, oauth, () -> "", Clock.systemUTC(), storage.channelNames());
        started.start();
        return started;
    }

    private void post(String json) {
        assertThat(new SignedPoster(platform.httpPort(), SlackHarness.SIGNING_SECRET).json(json).statusCode()).isEqualTo(200);
    }

    private Optional<ChannelName> named(String channel) {
        return storage.channelNames().find("slack", "T0TERMBOT", channel);
    }
}
