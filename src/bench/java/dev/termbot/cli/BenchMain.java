package dev.termbot.cli;

import picocli.CommandLine;

/**
 * Entry point of {@code target/termbot-bench.jar}, the detection benchmark. It is built from
 * {@code src/bench/java} beside the product and is not part of {@code termbot.jar} or the release
 * bundle; its manifest puts {@code termbot.jar} (and through it {@code lib/}) on the class path.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The benchmark's command line, with termbot's exit codes (0 ok, 1 failure, 2 bad input). */
    static CommandLine commandLine() {
        return ExitCodes.applyTo(new CommandLine(new BenchCommand()));
    }
}
