package dev.termbot.cli;

import dev.termbot.storage.ForgetReport;
import dev.termbot.storage.Storage;
import dev.termbot.storage.StorageOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code termbot privacy forget --user ID}: deletes the user's usage rows, opt-outs and explained memory. */
@Command(name = "forget", mixinStandardHelpOptions = true,
        description = "Delete everything stored about a user: usage rows, opt-outs, explained rules, votes on notes,"
                + " note removals.")
final class PrivacyForgetCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Mixin
    UserOptions user;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Storage storage = database.openStorage(StorageOptions.fromEnvironment(System.getenv()))) {
            ForgetReport report = storage.privacy().forget(user.selector());
            spec.commandLine().getOut().printf("deleted %d usage events, %d opt-outs, %d explained rules, %d votes on notes"
                            + " and %d note removals stored under user hash %s%n",
                    report.events(), report.optOuts(), report.explained(), report.noteVotes(), report.noteRemovals(),
                    report.userHash());
            if (report.suggestions() > 0) {
                spec.commandLine().getOut().printf("forgot %d glossary suggestion rows (pending and rejected ones deleted,"
                        + " approved ones kept in the glossary without the user hash)%n", report.suggestions());
            }
        }
        return ExitCodes.OK;
    }
}
