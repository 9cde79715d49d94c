package dev.termbot.cli;

import dev.termbot.storage.PurgeReport;
import dev.termbot.storage.RetentionPurge;
import dev.termbot.storage.StorageOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code termbot db purge}: applies retention now (the running bot does it daily). */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Delete usage rows older than the retention period now (the bot also purges daily).")
final class DbPurgeCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--retention-days", paramLabel = "DAYS", defaultValue = "" + StorageOptions.DEFAULT_RETENTION_DAYS,
            description = "Keep this many days of usage (default: ${DEFAULT-VALUE}).")
    int retentionDays;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    DbPurgeCommand() {
        this(Clock.systemUTC());
    }

    DbPurgeCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        if (retentionDays < 1) {
            spec.commandLine().getErr().println("termbot: --retention-days must be at least 1");
            return ExitCodes.BAD_INPUT;
        }
        PurgeReport report = new RetentionPurge(database.migratedDatabase(), clock, Duration.ofDays(retentionDays),
                StorageOptions.defaults().handledKeyTtl()).purge();
        spec.commandLine().getOut().printf("purged rows older than %s: %d usage events, %d explained, %d note times, %d delivery keys,"
                        + " %d note answers%n",
                report.cutoff(), report.events(), report.explained(), report.notes(), report.deliveryKeys(), report.noteFeedback());
        return ExitCodes.OK;
    }
}
