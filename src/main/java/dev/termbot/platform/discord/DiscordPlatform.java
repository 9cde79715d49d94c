package dev.termbot.platform.discord;

import dev.termbot.core.Bot;
import dev.termbot.core.ChannelNameCache;
import dev.termbot.core.ChannelNames;
import dev.termbot.core.ChatPlatform;
import dev.termbot.core.Confirmations;
import dev.termbot.core.NoteControls;
import dev.termbot.core.GlossarySuggestions;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * termbot on Discord, through JDA: passive notes on guild messages (as replies or reactions),
 * {@code /define} with autocomplete, {@code /termbot} commands, and the digest for moderators.
 *
 * <p>Wiring: {@code new DiscordPlatform(bot, settings, DiscordCredentials.fromEnvironment(System.getenv()),
 * digestNow, clock)}, then {@link #start()}; {@link #close()} on shutdown.
 *
 * <p>Thread-safe: {@link #start()} and {@link #close()} are meant to be called once each from the
 * owning thread; {@link #isConnected()} and {@link #postToModerators(String)} may be called from any
 * thread. Reconnects, resumes and rate limits are JDA's; duplicate deliveries are dropped by the core.
 *
 * <p>With {@code discord.shards} the gateway is JDA's shard manager running this process's shards
 * ({@link ShardedSession}), each resuming on its own; {@link #connections()} reports each shard.
 * Decisions about messages run on {@link Decisions}' thread, never on a shard's event thread;
 * confirmed posts are recorded in batches by {@link Confirmations}.
 */
public final class DiscordPlatform implements ChatPlatform {
    /** The permissions termbot needs in a channel; the README's invite link carries the same integer. */
    static final EnumSet<Permission> NEEDED_PERMISSIONS = EnumSet.of(Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND, Permission.MESSAGE_SEND_IN_THREADS, Permission.MESSAGE_EMBED_LINKS,
            Permission.MESSAGE_ADD_REACTION, Permission.MESSAGE_HISTORY);

    private static final Logger LOG = LoggerFactory.getLogger(DiscordPlatform.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final Bot bot;
    private final DiscordSettings settings;
    private final DiscordCredentials credentials;
    private final Supplier<String> digestNow;
    private final Clock clock;
    private final Duration identifyDelay;
    private final NoteControls controls;
    private final PendingReplies pending = new PendingReplies();
    private final OwedNotes owed;
    private final Decisions decisions;
    private final Confirmations confirmations;
    private final ModeratorChannel moderatorChannel;
    private final ChannelNameCache channelNames;
    private final AtomicBoolean startCalled = new AtomicBoolean();
    private volatile DiscordSession session;
    /** Completed when JDA shuts down, with Discord's close code if it gave one; explains a failed start. */
    private final CompletableFuture<Optional<CloseCode>> shutdownCode = new CompletableFuture<>();
    /** Set when {@link #close()} begins: a shutdown after that is ours, not Discord's. */
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile Consumer<String> lostForGood = reason -> { };
    private volatile GlossarySuggestions suggestions = GlossarySuggestions.unavailable();

    /**
     * @param bot         the core use case
     * @param settings    the {@code discord:} settings (with endpoint overrides from the environment)
     * @param credentials the token
     * @param digestNow   the current digest as Markdown, for {@code /termbot digest}
     * @param clock       the time source for latency measurements
     */
    public DiscordPlatform(Bot bot, DiscordSettings settings, DiscordCredentials credentials,
                           Supplier<String> digestNow, Clock clock) {
        this(bot, settings, credentials, digestNow, clock, FixedGatewaySessionController.DISCORD_IDENTIFY_DELAY);
    }

    /** For tests against a fake gateway: {@code identifyDelay} zero lets every IDENTIFY go at once. */
    DiscordPlatform(Bot bot, DiscordSettings settings, DiscordCredentials credentials,
                    Supplier<String> digestNow, Clock clock, Duration identifyDelay) {
        this(bot, settings, credentials, digestNow, clock, identifyDelay, NoteControls.inMemory(bot, clock));
    }

    /** @param controls the decisions of the buttons under a note (votes in the bot's database) */
    DiscordPlatform(Bot bot, DiscordSettings settings, DiscordCredentials credentials,
                    Supplier<String> digestNow, Clock clock, Duration identifyDelay, NoteControls controls) {
        this(bot, settings, credentials, digestNow, clock, identifyDelay, controls, ChannelNames.NONE);
    }

    /** @param names where the names of channels termbot hears in are kept, for the digest */
    DiscordPlatform(Bot bot, DiscordSettings settings, DiscordCredentials credentials,
                    Supplier<String> digestNow, Clock clock, Duration identifyDelay, ChannelNames names) {
        this(bot, settings, credentials, digestNow, clock, identifyDelay, NoteControls.inMemory(bot, clock), names);
    }

    /**
     * @param controls the decisions of the buttons under a note (votes in the bot's database)
     * @param names    where the names of channels termbot hears in are kept, for the digest
     */
    DiscordPlatform(Bot bot, DiscordSettings settings, DiscordCredentials credentials, Supplier<String> digestNow,
                    Clock clock, Duration identifyDelay, NoteControls controls, ChannelNames names) {
        this.channelNames = new ChannelNameCache(names, clock, LOG::warn);
        this.bot = Objects.requireNonNull(bot, "bot");
        this.controls = Objects.requireNonNull(controls, "controls");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.digestNow = Objects.requireNonNull(digestNow, "digestNow");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.identifyDelay = identifyDelay;
        this.moderatorChannel = new ModeratorChannel(settings.moderatorChannelId(), pending);
        this.confirmations = new Confirmations(bot, Places.PLATFORM, LOG::warn);
        this.owed = new OwedNotes(bot, settings.replyMode(), pending, confirmations);
        this.decisions = new Decisions(bot);
    }

    /** Takes glossary suggestions, reviewed in the moderators' channel; call before {@link #start()}. Returns this platform. */
    public DiscordPlatform withSuggestions(GlossarySuggestions suggestions) {
        this.suggestions = Objects.requireNonNull(suggestions, "suggestions");
        return this;
    }

    @Override
    public String name() {
        return Places.PLATFORM;
    }

    /**
     * Logs in, waits until the gateway session is ready and registers the slash commands. Call it
     * once; after a failure, build a new platform to retry.
     *
     * @throws IllegalStateException when Discord refuses the session (bad token, Message Content intent
     *                               not enabled, ...) or command registration fails
     */
    @Override
    public void start() throws InterruptedException {
        if (!startCalled.compareAndSet(false, true)) {
            throw new IllegalStateException("start() may be called once per DiscordPlatform");
        }
        // process-wide JDA defaults, so that no message termbot sends can ever ping anyone
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        DiscordSession started = connect();
        try {
            awaitReady(started);
            registerCommands(started);
            owed.recover(started.channels(), settings.shards());
        } catch (RuntimeException | InterruptedException e) {
            decisions.stop();
            confirmations.stop();
            started.shutdown(SHUTDOWN_GRACE);
            throw e;
        }
        session = started;
        JDA any = started.any();
        LOG.info("connected to Discord as {} in {} guild(s){}; invite link: {}", any.getSelfUser().getName(),
                started.guildCount(), settings.shards().sharded() ? " on shards " + settings.shards().ids() + " of "
                        + settings.shards().total() : "", inviteUrl(any.getSelfUser().getApplicationId()));
    }

    @Override
    public void whenLostForGood(Consumer<String> listener) {
        lostForGood = Objects.requireNonNull(listener, "listener");
    }

    /**
     * JDA shuts itself down only on a close code it must not reconnect after (4004 authentication
     * failed, 4014 disallowed intents, ...). During start that explains the failure; once running,
     * the process is alive but deaf, so the owner is told (and `run` exits for a supervisor to restart).
     */
    private void onShutdown(CloseCode code) {
        shutdownCode.complete(Optional.ofNullable(code));
        if (session != null && !closing.get()) {
            lostForGood.accept("Discord closed the gateway for good" + (code == null ? ""
                    : " (" + code.getCode() + " " + code.getMeaning() + ")"));
        }
    }

    /** True when every session (every shard this process runs) is connected. */
    @Override
    public boolean isConnected() {
        DiscordSession current = session;
        return current != null && !current.connections().containsValue(false);
    }

    /** Each shard this process runs (or the one session), and whether it is connected now. */
    @Override
    public Map<String, Boolean> connections() {
        DiscordSession current = session;
        if (current != null) {
            return current.connections();
        }
        Map<String, Boolean> none = new LinkedHashMap<>();
        if (settings.shards().sharded()) {
            settings.shards().ids().forEach(id -> none.put(Places.PLATFORM + " "
                    + DiscordShards.name(id, settings.shards().total()), false));
        } else {
            none.put(Places.PLATFORM, false);
        }
        return none;
    }

    /** Queues the text for the moderator channel, split into Discord-sized messages that arrive in order. */
    @Override
    public void postToModerators(String markdown) {
        DiscordSession current = session;
        if (current == null) {
            LOG.warn("the Discord platform is not started; digest not posted");
            return;
        }
        moderatorChannel.post(current.channels(), markdown);
    }

    /** Stops taking events, lets replies in flight finish (bounded), then shuts JDA down (bounded). */
    @Override
    public void close() {
        closing.set(true);
        DiscordSession current = session;
        session = null;
        channelNames.close();
        if (current == null) {
            decisions.stop();
            confirmations.stop();
            return;
        }
        try {
            // messages JDA handed over are decided first: their notes join the replies in flight
            if (!decisions.drain(SHUTDOWN_GRACE)) {
                LOG.warn("messages still undecided after {}; shutting down anyway", SHUTDOWN_GRACE);
            }
            if (!pending.closeAndAwait(SHUTDOWN_GRACE)) {
                LOG.warn("replies still in flight after {}; shutting down anyway (owed notes are posted at the next start)",
                        SHUTDOWN_GRACE);
            }
            // every reply that finished has handed its confirmation over: record them before JDA goes
            if (!confirmations.drain(SHUTDOWN_GRACE)) {
                LOG.warn("confirmations still being recorded after {}; those not yet taken were written on the stopping thread",
                        SHUTDOWN_GRACE);
            }
            owed.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            confirmations.stop(); // what was handed over is still written
        }
        current.shutdown(SHUTDOWN_GRACE);
    }

    /** The OAuth2 link a server admin opens to add termbot with exactly the permissions it needs. */
    static String inviteUrl(String applicationId) {
        return "https://discord.com/oauth2/authorize?client_id=" + applicationId
                + "&scope=bot+applications.commands&permissions=" + Permission.getRaw(NEEDED_PERMISSIONS);
    }

    /** One JDA session, or the shards of {@code discord.shards} through JDA's shard manager. */
    private DiscordSession connect() {
        List<GatewayIntent> intents = settings.replyMode() == DiscordSettings.ReplyMode.REACT
                ? List.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT, GatewayIntent.GUILD_MESSAGE_REACTIONS)
                : List.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT);
        Object[] listeners = listeners();
        DiscordShards shards = settings.shards();
        if (!shards.sharded()) {
            JDABuilder builder = JDABuilder.createLight(credentials.token(), intents).addEventListeners(listeners);
            settings.apiUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
            settings.gatewayUrl().ifPresent(url -> builder
                    .setSessionController(new FixedGatewaySessionController(url, identifyDelay))
                    // a plain websocket is easier to proxy and to fake than zlib-stream
                    .setCompression(Compression.NONE));
            return DiscordSession.of(builder.build());
        }
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(credentials.token(), intents)
                .setShardsTotal(shards.total()).setShards(shards.ids()).addEventListeners(listeners);
        settings.apiUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        settings.gatewayUrl().ifPresent(url -> builder
                .setSessionController(new FixedGatewaySessionController(url, identifyDelay))
                .setCompression(Compression.NONE));
        return new ShardedSession(builder.build(), shards);
    }

    /** The same listener objects serve every shard: they are thread-safe and keep no per-session state. */
    private Object[] listeners() {
        Moderators moderators = new Moderators(settings.moderatorRoleIds(), settings.moderatorRoleNames());
        SuggestionReview review = new SuggestionReview(bot, suggestions, moderators, moderatorChannel, pending);
        return new Object[] {
            new PassiveNotes(bot, settings.replyMode(), clock, pending, owed, decisions, channelNames),
            new CommandAnswers(bot, moderators, moderatorChannel, digestNow, pending, review),
            new NoteButtons(controls, moderators, pending),
            review,
            (EventListener) event -> {
                if (event instanceof ShutdownEvent shutdown) {
                    onShutdown(shutdown.getCloseCode());
                }
            }
        };
    }

    private void awaitReady(DiscordSession started) throws InterruptedException {
        try {
            started.awaitReady();
        } catch (IllegalStateException e) {
            // JDA gave up; its status says SHUTDOWN a moment before the event with Discord's close code
            throw new IllegalStateException(refusal(), e);
        }
    }

    private void registerCommands(DiscordSession started) {
        if (settings.guildIds().isEmpty()) {
            // global commands are the same for every shard and every process: registering them twice changes nothing
            started.any().updateCommands().addCommands(SlashCommands.all()).complete();
            LOG.info("registered slash commands globally (clients may take a while to show changes)");
            return;
        }
        for (String guildId : settings.guildIds()) {
            Guild guild = started.guild(guildId);
            if (guild == null && !settings.shards().owns(guildId)) {
                LOG.debug("guild {} from discord.guild_ids is on a shard another process runs", guildId);
                continue;
            }
            if (guild == null) {
                LOG.warn("guild {} from discord.guild_ids does not have termbot; no commands registered there", guildId);
                continue;
            }
            guild.updateCommands().addCommands(SlashCommands.all()).complete();
            LOG.info("registered slash commands in guild {}", guildId);
        }
    }

    private String refusal() throws InterruptedException {
        CloseCode code;
        try {
            code = shutdownCode.get(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS).orElse(null);
        } catch (ExecutionException | TimeoutException e) {
            code = null;
        }
        if (code == CloseCode.DISALLOWED_INTENTS) {
            return "Discord refused the connection: enable the Message Content intent for the bot in the developer "
                    + "portal (Bot \u2192 Privileged Gateway Intents)";
        }
        return "Discord refused the connection" + (code == null ? "" : ": " + code.getMeaning());
    }
}
