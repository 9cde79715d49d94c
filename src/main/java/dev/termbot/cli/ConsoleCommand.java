package dev.termbot.cli;

import dev.termbot.core.Bot;
import dev.termbot.core.InMemoryPolicyStore;
import dev.termbot.core.Knowledge;
import dev.termbot.core.PolicySettings;
import dev.termbot.core.UsageLog;
import dev.termbot.platform.console.ConsolePlatform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;

/**
 * {@code termbot console}: the bot as a local chat in the terminal, with the same core, glossary and
 * policy as the real platforms. Reads piped stdin too; end of input quits cleanly.
 */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Chat with termbot in the terminal (or pipe lines in).",
                "Each line is a message from you; /define TERM, /termbot optout|optin|mute|unmute|cooldown 45m|digest, /help, /quit."})
final class ConsoleCommand implements Callable<Integer> {
    @Mixin
    GlossaryOption glossary;

    @Override
    public Integer call() throws Exception {
        Knowledge knowledge = KnowledgeFactory.withOpenNlp().build(glossary.load());
        Clock clock = Clock.systemUTC();
        Bot bot = new Bot(() -> knowledge, new InMemoryPolicyStore(), PolicySettings.DEFAULTS, UsageLog.NONE, clock);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean interactive = System.console() != null;
        try (ConsolePlatform console = new ConsolePlatform(bot, in, out, System.err, interactive,
                () -> "The digest needs the usage log.", clock)) {
            console.start();
        }
        return ExitCodes.OK;
    }
}
