package dev.termbot.platform.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import com.slack.api.socket_mode.SocketModeClient;
import dev.termbot.core.Bot;
import dev.termbot.core.ChannelNameCache;
import dev.termbot.core.ChannelNames;
import dev.termbot.core.ChatPlatform;
import dev.termbot.core.NoteControls;
import dev.termbot.core.GlossarySuggestions;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * termbot on Slack, through Bolt for Java: Socket Mode when an app-level token is set (no public
 * URL needed), otherwise HTTP mode with the Events API and slash commands on
 * {@code POST /slack/events}. Passive notes go in the message's thread or, in
 * {@link SlackSettings.ReplyMode#EPHEMERAL} mode, to the author only; {@code /define},
 * {@code /termbot}, the "Share to channel" button and the buttons under a note ({@link NoteButtons})
 * are answered through their response URL.
 *
 * <p>A message event is judged before it is acknowledged, and a note it earns is recorded as owed
 * before the acknowledgement ({@link PassiveNotes}); the post then goes through per-channel lanes
 * ({@link OwedNotes}). Commands and interactions acknowledge at once and leave their work to a
 * small worker pool, so Slack always gets its answer within three seconds.
 *
 * <p>With an {@link OAuthMode} it serves many workspaces: HTTP mode with the install pages of
 * {@link SlackInstaller}, every request and every owed note answered with its own workspace's
 * token ({@link InstalledTeams}), and the installation deleted when Slack reports an uninstall.
 *
 * <p>Thread-safe. {@link #start()} once, then {@link #close()} once (further calls are ignored).
 */
public final class SlackPlatform implements ChatPlatform {
    private static final Logger log = LoggerFactory.getLogger(SlackPlatform.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final int WORKERS = 4;
    /**
     * Threads posting owed notes. A post mostly waits for Slack's answer, and notes in different
     * channels may go at once: with 4, a burst was answered at 4 posts per round trip (the
     * end-to-end benchmark, performance.md), far below what Slack takes across channels.
     */
    private static final int POSTERS = 16;

    private final SlackSettings settings;
    private final SlackCredentials credentials;
    private final Optional<SlackInstaller> installer;
    private final Clock clock;
    private final Slack slack;
    private final DeferredMiddlewareApp app;
    private final Digests digests;
    private final ThreadPoolExecutor work;
    private final PassiveNotes notes;
    private final OwedNotes owed;
    private final ChannelNameLookup channelNames;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile HttpEventEndpoint http;
    private volatile SocketModeApp socketMode;

    /**
     * @param bot         the core use case
     * @param settings    reply mode, moderators, HTTP port, API URL
     * @param credentials tokens from the environment
     * @param digestNow   the current digest as Markdown, for {@code /termbot digest}
     * @param clock       time of receipt for reply latency and of the signature window
     */
    public SlackPlatform(Bot bot, SlackSettings settings, SlackCredentials credentials, Supplier<String> digestNow,
                         Clock clock) {
        this(bot, settings, credentials, Optional.empty(), digestNow, clock);
    }

    /**
     * @param oauth present for the multi-workspace mode (then {@code credentials} holds the signing
     *              secret only); empty for the single bot token of {@code credentials}
     */
    SlackPlatform(Bot bot, SlackSettings settings, SlackCredentials credentials, Optional<OAuthMode> oauth,
                  Supplier<String> digestNow, Clock clock) {
        this(bot, settings, credentials, oauth, digestNow, clock, NoteControls.inMemory(bot, clock));
    }

    /** @param controls the feedback and removal buttons' decisions (votes in the bot's database) */
    SlackPlatform(Bot bot, SlackSettings settings, SlackCredentials credentials, Optional<OAuthMode> oauth,
                  Supplier<String> digestNow, Clock clock, NoteControls controls) {
        this(bot, settings, credentials, oauth, digestNow, clock, controls, ChannelNames.NONE,
                GlossarySuggestions.unavailable());
    }

    /** @param names where the names of channels termbot hears in are kept, for the digest */
    SlackPlatform(Bot bot, SlackSettings settings, SlackCredentials credentials, Optional<OAuthMode> oauth,
                  Supplier<String> digestNow, Clock clock, ChannelNames names) {
        this(bot, settings, credentials, oauth, digestNow, clock, NoteControls.inMemory(bot, clock), names,
                GlossarySuggestions.unavailable());
    }

    /** @param suggestions glossary suggestions from chat, reviewed in the moderators' channel */
    SlackPlatform(Bot bot, SlackSettings settings, SlackCredentials credentials, Optional<OAuthMode> oauth,
                  Supplier<String> digestNow, Clock clock, GlossarySuggestions suggestions) {
        this(bot, settings, credentials, oauth, digestNow, clock, NoteControls.inMemory(bot, clock), ChannelNames.NONE,
                suggestions);
    }

    /**
     * @param controls    the feedback and removal buttons' decisions (votes in the bot's database)
     * @param names       where the names of channels termbot hears in are kept, for the digest
     * @param suggestions glossary suggestions from chat, reviewed in the moderators' channel
     */
    SlackPlatform(Bot bot, SlackSettings settings, SlackCredentials credentials, Optional<OAuthMode> oauth,
                  Supplier<String> digestNow, Clock clock, NoteControls controls, ChannelNames names,
                  GlossarySuggestions suggestions) {
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(digestNow, "digestNow");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.slack = Slack.getInstance(slackConfig(settings));
        this.app = new DeferredMiddlewareApp(appConfig(slack, credentials));
        this.work = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10_000),
                Threads.named("termbot-slack-work"), new ThreadPoolExecutor.AbortPolicy());

        WebApiCaller caller = new WebApiCaller(5, Duration.ofSeconds(60));
        ResponseUrl responses = new ResponseUrl(slack);
        TeamClients clients;
        Optional<MethodsClient> singleApi = Optional.empty();
        if (oauth.isPresent()) {
            InstalledTeams teams = new InstalledTeams(oauth.get().installations(), new TokenCipher(oauth.get().key()), slack, clock);
            clients = teams;
            this.installer = Optional.of(new SlackInstaller(oauth.get().client(), new InstallState(oauth.get().key(), clock),
                    slack.methods(), teams));
            this.digests = Digests.acrossWorkspaces(responses);
            app.authorizeWith(new InstallationAuthorization(teams));
            Uninstalls uninstalls = new Uninstalls(teams);
            app.event(AppUninstalledEvent.class, uninstalls::onAppUninstalled);
            app.event(TokensRevokedEvent.class, uninstalls::onTokensRevoked);
        } else {
            MethodsClient api = slack.methods(credentials.botToken());
            clients = TeamClients.single(api, credentials.botToken());
            singleApi = Optional.of(api);
            this.installer = Optional.empty();
            this.digests = new Digests(digestNow, settings.moderatorChannel(), api, caller, responses);
        }
        this.owed = new OwedNotes(bot, settings.replyMode(), clients, caller, POSTERS);
        this.channelNames = new ChannelNameLookup(new ChannelNameCache(names, clock, log::warn), clients, caller);
        this.notes = new PassiveNotes(bot, owed, clock, channelNames);
        Moderators moderators = new Moderators(clients, caller, settings.moderatorUserGroup());
        Commands commands = new Commands(bot, moderators, responses, digests, work,
                new SuggestionReview(suggestions, moderators, responses, settings.moderatorChannel(), singleApi, caller));

        app.useAfterDefaults(notes.refuseWhileStopping());
        app.event(MessageEvent.class, notes::onMessage);
        // edits never get a note: the original was judged when it was posted, and judging the
        // edit again could post a second note for one message
        app.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
        // legacy bots and integrations: bots never get notes
        app.event(MessageBotEvent.class, (payload, ctx) -> ctx.ack());
        // a mention arrives as a message event as well; handling both would judge one text twice
        app.event(AppMentionEvent.class, (payload, ctx) -> ctx.ack());
        app.command("/define", commands::define);
        app.command("/termbot", commands::termbot);
        app.blockAction(BlockKit.SHARE_ACTION, commands::share);
        new NoteButtons(bot, controls, moderators, clients, caller, responses, work).registerWith(app);
        app.blockAction(SuggestionReview.APPROVE_ACTION, commands::decideSuggestion);
        app.blockAction(SuggestionReview.REJECT_ACTION, commands::decideSuggestion);
    }

    @Override
    public String name() {
        return PassiveNotes.PLATFORM;
    }

    /**
     * Connects (Socket Mode) or starts listening (HTTP mode) and returns once that is done.
     *
     * @throws IllegalStateException when a token is missing: HTTP mode refuses to run without a
     *                               signing secret, because it could not tell Slack from anyone else
     */
    @Override
    public void start() throws Exception {
        if (closed.get() || !started.compareAndSet(false, true)) {
            throw new IllegalStateException("the Slack platform can be started once");
        }
        if (!credentials.isPresent() && installer.isEmpty()) {
            throw new IllegalStateException(SlackCredentials.BOT_TOKEN_VARIABLE + " is not set: Slack needs a bot token (xoxb-...)");
        }
        // OAuth mode serves its install pages over HTTP, so it takes events there too
        if (credentials.socketMode() && installer.isEmpty()) {
            startSocketMode();
        } else {
            startHttp();
        }
    }

    private void startHttp() throws Exception {
        if (credentials.signingSecret().isEmpty()) {
            throw new IllegalStateException(SlackCredentials.SIGNING_SECRET_VARIABLE + " is missing or blank: HTTP mode"
                    + " cannot verify that requests come from Slack, so it does not start. Set it (Basic Information"
                    + " > Signing Secret), or set " + SlackCredentials.APP_TOKEN_VARIABLE + " to use Socket Mode.");
        }
        app.start(); // checks the bot token with auth.test (single-token mode)
        owed.recover();
        HttpEventEndpoint endpoint = new HttpEventEndpoint(app, new RequestSignature(credentials.signingSecret()), clock,
                settings.httpHost(), settings.httpPort(), installer.orElse(null));
        endpoint.start();
        http = endpoint;
        if (installer.isPresent()) {
            log.info("Slack serves many workspaces (OAuth mode): workspaces install at {}", SlackInstaller.INSTALL_PATH);
        }
    }

    private void startSocketMode() throws Exception {
        owed.recover();
        SocketModeApp socket = new SocketModeApp(credentials.appToken(), SocketModeClient.Backend.JavaWebSocket, app);
        socketMode = socket;
        try {
            socket.startAsync();
            awaitSocketConnection();
        } catch (InterruptedException e) {
            stopTakingEvents();
            throw e;
        } catch (Exception e) {
            // a failed start must not leave Bolt's client reconnecting in the background
            stopTakingEvents();
            throw new IllegalStateException("Slack Socket Mode could not connect (" + e.getClass().getSimpleName()
                    + "): check " + SlackCredentials.APP_TOKEN_VARIABLE + " (xapp-..., scope connections:write)", e);
        }
        log.info("Slack connected in Socket Mode");
    }

    private void awaitSocketConnection() throws InterruptedException {
        long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
        while (!socketConnected()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no connection within " + CONNECT_TIMEOUT.toSeconds() + " s");
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    @Override
    public boolean isConnected() {
        if (closed.get() || !started.get()) {
            return false;
        }
        return http != null || socketConnected();
    }

    private boolean socketConnected() {
        SocketModeApp socket = socketMode;
        SocketModeClient client = socket == null ? null : socket.getClient();
        return client != null && client.verifyConnection();
    }

    /** Posts the digest to the moderators' channel; blocks until Slack took it (or refused). */
    @Override
    public void postToModerators(String markdown) {
        digests.post(markdown);
    }

    /** The bound port in HTTP mode (tests start on port 0); -1 in Socket Mode or before start. */
    int httpPort() {
        HttpEventEndpoint endpoint = http;
        return endpoint == null ? -1 : endpoint.port();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // refuse new message events (503, Slack retries) while the owed notes are posted
        notes.stopTaking();
        owed.drain(settings.closeTimeout());
        stopTakingEvents();
        finishWork();
        channelNames.close();
        app.stop();
        try {
            slack.close();
        } catch (Exception e) {
            log.debug("Closing the Slack client failed: {}", e.getClass().getSimpleName());
        }
    }

    private void stopTakingEvents() {
        if (http != null) {
            http.close();
        }
        SocketModeApp socket = socketMode;
        if (socket != null) {
            SocketModeClient client = socket.getClient();
            try {
                if (client != null) {
                    client.close();
                }
                socket.stop();
            } catch (Exception e) {
                log.info("Closing the Socket Mode connection failed: {}", e.getClass().getSimpleName());
            }
        }
    }

    /** Lets command answers in flight finish, briefly: the stop's time went to the owed notes. */
    private void finishWork() {
        work.shutdown();
        try {
            if (!work.awaitTermination(1, TimeUnit.SECONDS)) {
                int dropped = work.shutdownNow().size();
                log.warn("Slack shutdown: {} queued commands were not answered within 1 s", dropped);
            }
        } catch (InterruptedException e) {
            work.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    static SlackConfig slackConfig(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        if (!settings.apiUrl().isEmpty()) {
            config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        }
        config.setPrettyResponseLoggingEnabled(false);
        config.setStatsEnabled(false);
        config.setHttpClientReadTimeoutMillis(10_000);
        config.setHttpClientCallTimeoutMillis(30_000);
        return config;
    }

    /**
     * Bolt's request verification is off: {@link HttpEventEndpoint} verifies every HTTP request once,
     * before Bolt sees it, over the raw bytes and with a two-sided time window (Bolt's check hashes
     * the body in the JVM's default charset and accepts future timestamps). Socket Mode has no
     * signatures. AppConfig's generated toString prints the token and secret: it is never logged.
     * The client id and secret are set to null on purpose: Bolt's builder would read them from the
     * environment and then run its own OAuth flow and installation files instead of termbot's.
     */
    static AppConfig appConfig(Slack slack, SlackCredentials credentials) {
        return AppConfig.builder()
                .slack(slack)
                .clientId(null)
                .clientSecret(null)
                .singleTeamBotToken(credentials.botToken().isEmpty() ? null : credentials.botToken())
                .signingSecret(credentials.signingSecret().isEmpty() ? null : credentials.signingSecret())
                .requestVerificationEnabled(false)
                .subtypedMessageEventsAutoAckEnabled(true)
                .allEventsApiAutoAckEnabled(true)
                .build();
    }
}
