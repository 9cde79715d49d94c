package dev.termbot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code termbot config ...}: commands for the settings file. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Work with the settings file.",
        subcommands = {ConfigCheckCommand.class})
final class ConfigCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
