package dev.termbot.cli;

import dev.termbot.core.ChannelNames;
import dev.termbot.core.ChatPlatform;
import dev.termbot.core.InMemoryInstallationStore;
import dev.termbot.core.PlatformContext;
import dev.termbot.ops.LogOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code termbot console}: the bot as a local chat in the terminal, with the same core, glossary,
 * policy and usage log as the real platforms. Reads piped stdin too; end of input quits cleanly.
 * The database is {@code --db}, else {@code TERMBOT_DB} (default {@code data/termbot.db}), so a
 * console session shows up in {@code termbot digest}. Each session starts with fresh reply-policy
 * state (no cooldown, nobody told yet) unless {@code --keep-state}: a newcomer trying the README's
 * example a second time should see the note again, not a silent cooldown.
 */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Chat with termbot in the terminal (or pipe lines in).",
                "Each line is a message from you; /define TERM (alone: the list), /termbot optout|optin|mute|unmute|cooldown 45m|digest,",
                "/termbot suggest TERM: definition [https://source], /termbot approve N [https://source] | reject N (moderators),",
                "/as NAME (speak as a member), /as NAME --mod (as a moderator), /as (yourself again), /help, /quit.",
                "Every session starts with fresh cooldowns; usage still accumulates in the database for `termbot digest`."})
final class ConsoleCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleCommand.class);

    @Mixin
    GlossaryOption glossary;

    @Mixin
    LogFormatOption logFormat;

    @Mixin
    DatabaseOption database;

    @Option(names = "--keep-state",
            description = "Keep cooldowns, opt-outs, mutes and who was already told from earlier sessions (default: start fresh).")
    boolean keepState;

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = System.getenv();
        logFormat.apply(env);
        // a chat in the terminal: routine INFO lines (a new hash key, migrations) would land in the
        // middle of it; warnings still show, and TERMBOT_LOG_LEVEL asks for more
        LogOutput.quietUnlessAsked(env);
        Settings configured = database.config.load(env); // --config comes with the database option
        Settings settings = database.file != null ? configured.withDatabase(database.file) : configured;
        Clock clock = Clock.systemUTC();
        try (Assembly assembly = Assembly.open(settings, glossary, env, clock, false, !keepState)) {
            if (LOG.isDebugEnabled()) { // TERMBOT_LOG_LEVEL=DEBUG: how the start-up budget is doing
                long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                LOG.debug("ready {} ms after the JVM started", clock.millis() - started);
            }
            // Ctrl-C ends the JVM through its shutdown hooks: flush the usage log there too
            Thread flush = new Thread(assembly::close, "termbot-console-flush");
            Runtime.getRuntime().addShutdownHook(flush);
            // the console platform reads and writes this process's own standard streams; its one channel
            // is not named in a digest, so it keeps no channel names
            PlatformContext context = new PlatformContext(assembly.bot(), clock, assembly::thisWeekDigest, env,
                    new InMemoryInstallationStore(), assembly.noteControls(), ChannelNames.NONE, assembly.suggestions());
            try (ChatPlatform console = settings.platforms().get("console").create(context)) {
                console.start();
            }
            Runtime.getRuntime().removeShutdownHook(flush);
        }
        return ExitCodes.OK;
    }
}
