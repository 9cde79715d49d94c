package dev.termbot.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.termbot.bench.BenchOptions;
import dev.termbot.bench.BenchReport;
import dev.termbot.bench.BenchRun;
import dev.termbot.bench.ReportTable;
import dev.termbot.bench.ScanCorpus;
import dev.termbot.bench.Timing;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The benchmark's command line ({@code java -jar target/termbot-bench.jar}, see {@link BenchMain}):
 * measures detection speed and accuracy on a synthetic chat corpus against same-run baselines (see
 * {@link BenchRun}), or with {@code --emit-jsonl} writes that corpus as {@code scan} input so the
 * whole command can be timed end to end. Not part of the shipped jar.
 */
@Command(name = "termbot-bench", mixinStandardHelpOptions = true, subcommands = {BenchE2eCommand.class, BenchClaimsCommand.class},
        description = {"Measure detection speed against same-run baselines (single thread).",
                "Prints a table, or one JSON object with --json. Progress goes to stderr.",
                "With --emit-jsonl FILE: write the corpus as scan input instead and exit.",
                "The subcommand e2e measures the whole bot on Slack and Discord fakes instead."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--messages", paramLabel = "N", description = "Messages in the corpus (default: ${DEFAULT-VALUE}).")
    int messages = 100_000;

    @Option(names = "--phrases", paramLabel = "SIZES", split = ",",
            description = "Watched-phrase counts to measure, real glossary phrases included (default: 20,200,2000).")
    List<Integer> phrases = List.of(20, 200, 2000);

    @Option(names = "--seed", paramLabel = "S", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--runs", paramLabel = "R", description = "Timed runs per figure, median reported (default: ${DEFAULT-VALUE}).")
    int runs = Timing.DEFAULTS.runs();

    @Option(names = "--run-seconds", paramLabel = "SECONDS", description = "Length of one timed run (default: ${DEFAULT-VALUE}).")
    double runSeconds = Timing.DEFAULTS.runSeconds();

    @Option(names = "--warmup-seconds", paramLabel = "SECONDS", description = "Warm-up before each figure (default: ${DEFAULT-VALUE}).")
    double warmupSeconds = Timing.DEFAULTS.warmupSeconds();

    @Option(names = "--emit-jsonl", paramLabel = "FILE", description = "Write the corpus as scan input lines to FILE and exit.")
    Path emit;

    @Override
    public Integer call() throws IOException {
        if (emit != null) {
            return emitScanInput();
        }
        BenchOptions options;
        try {
            options = new BenchOptions(messages, phrases, seed, new Timing(warmupSeconds, runs, runSeconds));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        BenchReport report;
        try {
            report = new BenchRun(options, line -> spec.commandLine().getErr().println("bench: " + line)).run();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        spec.commandLine().getOut().print(json ? BenchJson.render(report) + System.lineSeparator() : ReportTable.render(report));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private int emitScanInput() throws IOException {
        if (messages < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--messages must be at least 1");
        }
        try (Writer out = Files.newBufferedWriter(emit, StandardCharsets.UTF_8);
             JsonGenerator line = new JsonFactory().createGenerator(out)) {
            line.setRootValueSeparator(null);
            ScanCorpus.generate(messages, seed, (index, text) -> writeLine(line, index, text));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        spec.commandLine().getErr().println("bench: wrote " + messages + " messages to " + emit);
        return ExitCodes.OK;
    }

    /** One scan input line; every 50th message comes from a bot, which scan must never answer. */
    private static void writeLine(JsonGenerator line, int index, String text) {
        try {
            line.writeStartObject();
            line.writeStringField("id", "m" + index);
            line.writeStringField("text", text);
            line.writeBooleanField("author_is_bot", index % 50 == 49);
            line.writeEndObject();
            line.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
