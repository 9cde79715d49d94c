package dev.termbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code termbot db}: the operator's database commands. Needs a subcommand. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Database maintenance: migrate, info, purge, accept-hash-key.",
        subcommands = {DbMigrateCommand.class, DbInfoCommand.class, DbPurgeCommand.class, DbAcceptHashKeyCommand.class})
final class DbCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Called without a subcommand: show what exists and treat it as bad input. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("termbot db: a subcommand is required");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }
}
