package dev.termbot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code termbot glossary ...}: commands for the glossary file moderators edit. */
@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = "Work with the glossary file.",
        subcommands = {GlossaryCheckCommand.class, GlossaryExportCommand.class})
final class GlossaryCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
