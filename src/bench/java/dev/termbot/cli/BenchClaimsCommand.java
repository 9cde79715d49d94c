package dev.termbot.cli;

import dev.termbot.e2e.BenchStore;
import dev.termbot.e2e.ClaimsBench;
import dev.termbot.e2e.ClaimsReport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code termbot-bench claims}: note claims per second on SQLite and PostgreSQL, by one process and
 * by two (see {@link ClaimsBench}). Exit 0 when every claim was won, 1 otherwise.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Note claims per second (the decision transaction of a message with a hit) on SQLite and",
                "PostgreSQL, by one process and by two sharing the store. Prints a table, or JSON with --json."})
final class BenchClaimsCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--stores", paramLabel = "S", split = ",", description = "sqlite, postgresql or both (default: both).")
    List<String> stores = List.of("sqlite", "postgresql");

    @Option(names = "--processes", paramLabel = "N", split = ",", description = "Process counts to measure (default: 1,2).")
    List<Integer> processes = ClaimsBench.Options.DEFAULTS.processes();

    @Option(names = "--threads", paramLabel = "T", description = "Threads per process (default: ${DEFAULT-VALUE}).")
    int threads = ClaimsBench.Options.DEFAULTS.threads();

    @Option(names = "--seconds", paramLabel = "S", description = "Measured seconds per configuration (default: ${DEFAULT-VALUE}).")
    double seconds = ClaimsBench.Options.DEFAULTS.measured().toMillis() / 1000.0;

    @Option(names = "--warmup-seconds", paramLabel = "S", description = "Unmeasured seconds first (default: ${DEFAULT-VALUE}).")
    double warmupSeconds = ClaimsBench.Options.DEFAULTS.warmup().toMillis() / 1000.0;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ClaimsBench.Options options;
        try {
            if (threads < 1 || seconds <= 0 || warmupSeconds < 0 || processes.stream().anyMatch(p -> p < 1)) {
                throw new IllegalArgumentException("--threads and --processes must be at least 1, --seconds more than 0");
            }
            options = new ClaimsBench.Options(stores.stream().map(BenchStore::named).distinct().toList(), processes, threads,
                    Duration.ofMillis((long) (warmupSeconds * 1000)), Duration.ofMillis((long) (seconds * 1000)));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        BenchE2eCommand.quietLogs();
        ClaimsReport report = new ClaimsReport(new ClaimsBench(options, line -> spec.commandLine().getErr().println("claims: " + line))
                .run());
        spec.commandLine().getOut().println(json ? report.json(BenchE2eCommand.machine()) : report.table());
        spec.commandLine().getOut().flush();
        return report.clean() ? 0 : 1;
    }
}
