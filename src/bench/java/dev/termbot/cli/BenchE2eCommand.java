package dev.termbot.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.ConsoleAppender;
import dev.termbot.e2e.BenchStore;
import dev.termbot.e2e.E2eBench;
import dev.termbot.e2e.E2eOptions;
import dev.termbot.e2e.E2eReport;
import dev.termbot.e2e.Measurement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code termbot-bench e2e}: the whole bot against fakes of Slack and Discord beside minimal bots
 * on the same SDKs (see {@link E2eBench}). Exit 0 when no note was lost, duplicated or left owed,
 * 1 otherwise.
 */
@Command(name = "e2e", mixinStandardHelpOptions = true,
        description = {"Event-to-reply latency of termbot's real Slack (Bolt, HTTP mode) and Discord (JDA) adapters",
                "against in-process fakes, beside minimal bots on the same SDKs, in one warm JVM.",
                "Prints a table, or one JSON object with --json. Progress goes to stderr."})
final class BenchE2eCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--single", paramLabel = "N", description = "Messages sent one by one (default: ${DEFAULT-VALUE}).")
    int single = E2eOptions.DEFAULTS.single();

    @Option(names = "--bursts", paramLabel = "SIZES", split = ",", description = "Burst sizes (default: 200,2000).")
    List<Integer> bursts = E2eOptions.DEFAULTS.bursts();

    @Option(names = "--senders", paramLabel = "N", description = "Concurrent senders of a Slack burst (default: ${DEFAULT-VALUE}).")
    int senders = E2eOptions.DEFAULTS.senders();

    @Option(names = "--runs", paramLabel = "R", description = "Runs, medians reported (default: ${DEFAULT-VALUE}).")
    int runs = E2eOptions.DEFAULTS.runs();

    @Option(names = "--platforms", paramLabel = "P", split = ",", description = "slack, discord or both (default: both).")
    List<String> platforms = E2eOptions.DEFAULTS.platforms();

    @Option(names = "--store", paramLabel = "STORE", description = "termbot's store: sqlite or postgresql (an embedded"
            + " PostgreSQL the benchmark starts, or the server of $TERMBOT_BENCH_DATABASE_URL; default: sqlite).")
    String store = "sqlite";

    @Option(names = "--no-warmup", description = "Skip the unreported warm-up round.")
    boolean noWarmup;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        E2eOptions options;
        BenchStore chosen;
        try {
            options = new E2eOptions(single, bursts, senders, runs, platforms, !noWarmup);
            chosen = BenchStore.named(store);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        quietLogs();
        List<Measurement> measurements = new E2eBench(options, line -> spec.commandLine().getErr().println("e2e: " + line),
                chosen).run();
        E2eReport report = new E2eReport(measurements, chosen);
        spec.commandLine().getOut().println(json ? report.json(machine()) : report.table());
        spec.commandLine().getOut().flush();
        return report.clean() ? 0 : 1;
    }

    static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("processors", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return machine;
    }

    /** JDA and Bolt log at INFO by default, to stdout: warnings only, to stderr, so stdout is the report. */
    static void quietLogs() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n");
        encoder.start();
        ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
    }
}
