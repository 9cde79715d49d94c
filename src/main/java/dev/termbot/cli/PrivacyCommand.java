package dev.termbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code termbot privacy}: data requests from users. Needs a subcommand. */
@Command(name = "privacy", mixinStandardHelpOptions = true,
        description = "Serve data requests: export or forget what is stored about a user.",
        subcommands = {PrivacyExportCommand.class, PrivacyForgetCommand.class})
final class PrivacyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Called without a subcommand: show what exists and treat it as bad input. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("termbot privacy: a subcommand is required");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }
}
