package dev.termbot.cli;

import dev.termbot.storage.MigrationReport;
import dev.termbot.storage.PostgresDatabase;
import dev.termbot.storage.SqliteDatabase;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code termbot db migrate}: creates the database if needed and applies pending migrations (the bot also does this at start). */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Create the database if needed and apply pending schema migrations.")
final class DbMigrateCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Optional<PostgresDatabase> shared = database.shared();
        MigrationReport report = shared.isPresent() ? shared.get().migrate() : SqliteDatabase.at(database.resolve()).migrate();
        spec.commandLine().getOut().println(report.location() + ": schema version " + report.to()
                + (report.applied() == 0 ? " (up to date)" : " (" + report.applied() + " migrations applied)"));
        return ExitCodes.OK;
    }
}
