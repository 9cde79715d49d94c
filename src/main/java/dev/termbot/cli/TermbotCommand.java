package dev.termbot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code termbot} command. Each subcommand is one class; register a new one in the
 * {@code subcommands} list below (one line).
 */
@Command(name = "termbot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Keeps AI vocabulary precise in chat: misuse notes, /define, usage digest.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ConsoleCommand.class,
                ScanCommand.class,
                DefineCommand.class,
                GlossaryCommand.class,
                ConfigCommand.class,
                RunCommand.class,
                DbCommand.class,
                PrivacyCommand.class,
                DigestCommand.class,
        })
final class TermbotCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The configured command line: exit codes 0 ok, 1 runtime failure, 2 bad input. */
    static CommandLine commandLine() {
        return ExitCodes.applyTo(new CommandLine(new TermbotCommand()));
    }
}
