package dev.termbot.platform.slack;

import dev.termbot.testing.RecordingUsageLog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.termbot.core.Bot;
import dev.termbot.core.ChannelNames;
import dev.termbot.core.InMemoryNoteFeedbackStore;
import dev.termbot.core.GlossarySuggestions;
import dev.termbot.core.InMemoryNoteLedger;
import dev.termbot.core.Knowledge;
import dev.termbot.testing.LiveGlossary;
import dev.termbot.core.InMemoryPolicyStore;
import dev.termbot.core.MessageCounter;
import dev.termbot.core.NoteControls;
import dev.termbot.core.NoteLedger;
import dev.termbot.core.PolicySettings;
import dev.termbot.core.PolicyStore;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One running Slack adapter for a test: a fake Web API, a real {@link Bot} over an in-memory
 * policy store and a recording usage log, the real {@link SlackPlatform} (HTTP or Socket Mode),
 * and a log capture that fails the test on errors or on a secret in any log line.
 */
// Fake tokens are split in the source ("xox" + "b-...") so that secret scanners never mistake them for real ones.
final class SlackHarness implements AutoCloseable {
    static final String BOT_TOKEN = "xox" + "b-0000000000-fake-bot-token-for-tests";
    static final String SIGNING_SECRET = "fake0signing0secret0for0tests000";
    static final String APP_TOKEN = "xa" + "pp-1-A0TERMBOT-0000-fake-app-token-for-tests";
    static final String DIGEST = "# Weekly digest\n\n- **3** notes posted\n- top query: [distillation](https://example.org/d)\n";

    final LogCapture logs = new LogCapture();
    final FakeSlackApi api;
    final RecordingUsageLog usage = new RecordingUsageLog();
    final PolicyStore store;
    final Bot bot;
    /** The votes and removals of the buttons under notes. */
    final InMemoryNoteFeedbackStore feedback = new InMemoryNoteFeedbackStore();
    final SlackPlatform platform;

    private SlackHarness(FakeSlackApi api, SlackSettings settings, SlackCredentials credentials, Supplier<String> digest) {
        this(api, settings, credentials, digest, new InMemoryPolicyStore(), null, Optional.empty(), Clock.systemUTC());
    }

    private SlackHarness(FakeSlackApi api, SlackSettings settings, SlackCredentials credentials, Supplier<String> digest,
                         PolicyStore store, NoteLedger ledger, Optional<OAuthMode> oauth, Clock clock) {
        this(api, settings, credentials, digest, store, ledger, oauth, clock, TestGlossary::knowledge,
                GlossarySuggestions.unavailable());
    }

    private SlackHarness(FakeSlackApi api, SlackSettings settings, SlackCredentials credentials, Supplier<String> digest,
                         PolicyStore store, NoteLedger ledger, Optional<OAuthMode> oauth, Clock clock,
                         Supplier<Knowledge> knowledge, GlossarySuggestions suggestions) {
        this.api = api;
        this.store = store;
        this.bot = new Bot(knowledge, store, ledger == null ? new InMemoryNoteLedger(store) : ledger,
                PolicySettings.DEFAULTS, usage, Clock.systemUTC(), MessageCounter.NONE);
        this.platform = new SlackPlatform(bot, settings.withApiUrl(api.apiUrl()), credentials, oauth, digest, clock,
                new NoteControls(bot, feedback, Clock.systemUTC()), ChannelNames.NONE, suggestions);
    }

    /** HTTP mode, started, on a glossary that takes suggestions (single workspace, or OAuth mode with {@code oauth}). */
    static SlackHarness http(SlackSettings settings, LiveGlossary glossary, Optional<OAuthMode> oauth) throws Exception {
        FakeSlackApi api = new FakeSlackApi();
        oauth.ifPresent(o -> api.oauthClient(o.client().clientId(), o.client().clientSecret()));
        SlackHarness harness = new SlackHarness(api, settings.withHttp("127.0.0.1", 0),
                new SlackCredentials(oauth.isPresent() ? "" : BOT_TOKEN, SIGNING_SECRET, ""), () -> DIGEST,
                new InMemoryPolicyStore(), null, oauth, Clock.systemUTC(), glossary, glossary.suggestions(Clock.systemUTC()));
        harness.platform.start();
        return harness;
    }

    /** Socket Mode against the given fake websocket, started, on a glossary that takes suggestions. */
    static SlackHarness socketMode(FakeSocketModeServer socket, SlackSettings settings, LiveGlossary glossary) throws Exception {
        FakeSlackApi api = new FakeSlackApi();
        api.socketModeUrl(socket.url());
        SlackHarness harness = new SlackHarness(api, settings, new SlackCredentials(BOT_TOKEN, "", APP_TOKEN), () -> DIGEST,
                new InMemoryPolicyStore(), null, Optional.empty(), Clock.systemUTC(), glossary, glossary.suggestions(Clock.systemUTC()));
        harness.platform.start();
        return harness;
    }

    /** HTTP mode on a free port of 127.0.0.1, started. */
    static SlackHarness http(SlackSettings settings) throws Exception {
        SlackHarness harness = new SlackHarness(new FakeSlackApi(), settings.withHttp("127.0.0.1", 0),
                new SlackCredentials(BOT_TOKEN, SIGNING_SECRET, ""), () -> DIGEST);
        harness.platform.start();
        return harness;
    }

    /** HTTP mode as above, with the policy's state and the owed notes in a real database; started. */
    static SlackHarness http(SlackSettings settings, PolicyStore store, NoteLedger ledger) throws Exception {
        SlackHarness harness = new SlackHarness(new FakeSlackApi(), settings.withHttp("127.0.0.1", 0),
                new SlackCredentials(BOT_TOKEN, SIGNING_SECRET, ""), () -> DIGEST, store, ledger, Optional.empty(),
                Clock.systemUTC());
        harness.platform.start();
        return harness;
    }

    /**
     * OAuth mode (no bot token, many workspaces) in HTTP mode on a free port of 127.0.0.1, started;
     * the fake accepts {@code oauth}'s client. {@code clock} is the platform's (install state, signatures).
     */
    static SlackHarness oauth(OAuthMode oauth, Clock clock) throws Exception {
        FakeSlackApi api = new FakeSlackApi();
        api.oauthClient(oauth.client().clientId(), oauth.client().clientSecret());
        InMemoryPolicyStore store = new InMemoryPolicyStore();
        SlackHarness harness = new SlackHarness(api, settings().withHttp("127.0.0.1", 0), new SlackCredentials("", SIGNING_SECRET, ""),
                () -> DIGEST, store, null, Optional.of(oauth), clock);
        harness.platform.start();
        return harness;
    }

    /** Socket Mode against the given fake websocket, started (connected). */
    static SlackHarness socketMode(FakeSocketModeServer socket, SlackSettings settings) throws Exception {
        FakeSlackApi api = new FakeSlackApi();
        api.socketModeUrl(socket.url());
        SlackHarness harness = new SlackHarness(api, settings, new SlackCredentials(BOT_TOKEN, "", APP_TOKEN), () -> DIGEST);
        harness.platform.start();
        return harness;
    }

    static SlackSettings settings() {
        return SlackSettings.defaults();
    }

    SignedPoster poster() {
        return new SignedPoster(platform.httpPort(), SIGNING_SECRET);
    }

    /** No log line at ERROR, and no token or secret in any log line. */
    void assertCleanLogs() {
        assertThat(logs.errors()).as("errors logged").isEmpty();
        assertThat(logs.lines()).as("log lines")
                .noneMatch(line -> line.contains(BOT_TOKEN) || line.contains(SIGNING_SECRET) || line.contains(APP_TOKEN));
    }

    @Override
    public void close() {
        try {
            platform.close();
            api.close();
        } finally {
            logs.close();
        }
    }
}
