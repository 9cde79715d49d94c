package dev.termbot.cli;

import dev.termbot.core.ChatPlatform;
import dev.termbot.digest.DigestSchedule;
import dev.termbot.digest.DigestScheduler;
import dev.termbot.ops.OpsServer;
import dev.termbot.ops.Readiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code termbot run}: connects to the chat platforms and serves health and metrics until SIGTERM,
 * then stops in order: no new events, replies in flight finished (bounded), usage log flushed,
 * connections closed, exit 0. A platform lost for good (a fatal gateway close) runs the same stop
 * and exits 1, so a supervisor restarts the process.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the bot on Slack and/or Discord.",
                "Without --platform, every platform whose tokens are in the environment is started."})
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);
    private static final Duration STOP_BOUND = Duration.ofSeconds(10);

    @Option(names = "--platform", split = ",", paramLabel = "NAME", description = "slack, discord (repeat or comma-separate).")
    List<String> platforms = new ArrayList<>();

    @Mixin
    LogFormatOption logFormat;

    @Mixin
    ConfigOption config;

    @Mixin
    GlossaryOption glossary;

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = System.getenv();
        logFormat.apply(env);
        Settings settings = config.load(env);
        ShutdownSignal signal = new ShutdownSignal();
        signal.install();
        try (Assembly assembly = Assembly.open(settings, glossary, env, Clock.systemUTC(), true)) {
            PlatformFactory factory = new PlatformFactory(assembly, Platforms.installed(), env);
            LinkedHashSet<String> names = new LinkedHashSet<>(platforms.isEmpty() ? factory.configured() : platforms);
            if (names.isEmpty()) {
                throw new BadInput("no chat platform to connect to: export " + factory.howToConfigure()
                        + " (see the setup guides), or try `termbot console` to chat locally");
            }
            return serve(assembly, factory.build(names), signal);
        }
    }

    private int serve(Assembly assembly, List<ChatPlatform> chats, ShutdownSignal signal) throws Exception {
        Settings settings = assembly.settings();
        List<AutoCloseable> toClose = new ArrayList<>();
        try (OpsServer ops = OpsServer.start(settings.http().bind(), settings.http().port(), assembly.metrics().registry())) {
            // a real write, not the last batch's outcome: a full disk or a lock shows at once, and so does recovery
            ops.addReadinessCheck("database", () -> assembly.storage().probeWritable()
                    ? Readiness.ok() : Readiness.notReady(assembly.storage().health().lastError().orElse("not writable")));
            for (ChatPlatform chat : chats) {
                // one line per connection: a sharded Discord reports each of its shards
                for (String connection : chat.connections().keySet()) {
                    ops.addReadinessCheck(connection, () -> Boolean.TRUE.equals(chat.connections().get(connection))
                            ? Readiness.ok() : Readiness.notReady("not connected"));
                }
                assembly.metrics().bindPlatformConnected(chat.name(), chat::isConnected);
                chat.whenLostForGood(signal::fail);
                chat.start();
                toClose.add(0, chat);
                LOG.info("{} connected", chat.name());
            }
            assembly.storage().startDailyPurge();
            toClose.add(0, watchGlossary(assembly, chats));
            ScheduledExecutorService digests = scheduleDigests(assembly, chats);
            LOG.info("termbot is running: health and metrics on http://{}:{}/", ops.address().getHostString(), ops.port());
            signal.await();
            ShutdownSignal.haltAfter(STOP_BOUND);
            digests.shutdownNow();
        } finally {
            closeAll(toClose);
        }
        LOG.info("termbot stopped");
        return signal.exitCode();
    }

    private static AutoCloseable watchGlossary(Assembly assembly, List<ChatPlatform> chats) {
        if (!assembly.settings().watchGlossary()) {
            return () -> { };
        }
        if (assembly.knowledge().source().resolve(System.getenv()).isEmpty()) {
            // the built-in glossary never changes, but the overlay can (approvals in another process)
            ScheduledExecutorService overlay = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "termbot-overlay-watch");
                thread.setDaemon(true);
                return thread;
            });
            overlay.scheduleWithFixedDelay(() -> {
                try {
                    assembly.knowledge().reloadIfOverlayChanged();
                } catch (RuntimeException e) {
                    LOG.warn("checking the glossary overlay failed: {}", e.toString());
                }
            }, 2, 2, TimeUnit.SECONDS);
            return overlay::shutdownNow;
        }
        return assembly.knowledge().source().resolve(System.getenv()).<AutoCloseable>map(file -> {
            GlossaryWatcher watcher = new GlossaryWatcher(file, assembly.knowledge(), rejected -> chats.forEach(chat ->
                    chat.postToModerators(GlossaryWatcher.moderatorNotice(rejected))));
            watcher.start(Duration.ofSeconds(2));
            return watcher;
        }).orElse(() -> { });
    }

    private static ScheduledExecutorService scheduleDigests(Assembly assembly, List<ChatPlatform> chats) {
        Settings.Digest d = assembly.settings().digest();
        DigestScheduler scheduler = new DigestScheduler(new DigestSchedule(d.day(), d.time(), d.zone()), assembly.clock(),
                assembly.storage().digestRuns(), assembly::digestMarkdown, () -> chats);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "termbot-digest");
            thread.setDaemon(true);
            return thread;
        });
        // the first check runs soon after start, so a digest missed while the bot was down is posted once
        timer.scheduleWithFixedDelay(() -> {
            try {
                scheduler.runDue();
            } catch (RuntimeException e) {
                LOG.error("digest check failed: {}", e.toString());
            }
        }, 5, 60, TimeUnit.SECONDS);
        return timer;
    }

    private static void closeAll(List<AutoCloseable> closeables) {
        for (AutoCloseable closeable : closeables) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("while stopping: {}", e.toString());
            }
        }
    }
}
