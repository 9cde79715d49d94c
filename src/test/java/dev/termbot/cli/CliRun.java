package dev.termbot.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of a command line with its exit code and captured output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun termbot(String... args) {
        return run(TermbotCommand.commandLine(), args);
    }

    /** The benchmark's command line ({@code target/termbot-bench.jar}). */
    static CliRun bench(String... args) {
        return run(BenchMain.commandLine(), args);
    }

    static CliRun run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
