package dev.termbot.cli;

import dev.termbot.core.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** The one exit-code policy: 0 ok, 1 runtime failure, 2 bad input or configuration. */
final class ExitCodes {
    private static final Logger LOG = LoggerFactory.getLogger(ExitCodes.class);
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    private ExitCodes() {
    }

    /** Gives a command line this exit-code policy (the top-level command and tests of single commands). */
    static CommandLine applyTo(CommandLine cli) {
        cli.setExitCodeExceptionMapper(ExitCodes::forException);
        cli.setExecutionExceptionHandler(ExitCodes::handle);
        return cli;
    }

    /** Also consulted by picocli for its own parse errors (unknown or missing options): those are bad input too. */
    static int forException(Throwable error) {
        return error instanceof ConfigException || error instanceof BadInput || error instanceof CommandLine.ParameterException
                ? BAD_INPUT : FAILURE;
    }

    /** Prints a located config error as {@code file:line:col: message}, bad input and anything else as one line. */
    static int handle(Exception error, CommandLine cli, ParseResult parsed) {
        if (error instanceof ConfigException config) {
            // the first problem, then any further ones found in the same pass, so one edit can fix them all
            cli.getErr().println(config.getMessage());
            for (Throwable more : config.getSuppressed()) {
                if (more instanceof ConfigException located) {
                    cli.getErr().println(located.getMessage());
                }
            }
            return BAD_INPUT;
        }
        if (error instanceof BadInput bad) {
            cli.getErr().println("termbot: " + bad.getMessage());
            return BAD_INPUT;
        }
        // a person reads this line, not a Java developer: the message, never the exception's class
        LOG.debug("command failed", error);
        String message = error.getMessage() == null || error.getMessage().isBlank() ? "stopped unexpectedly" : error.getMessage();
        cli.getErr().println("termbot: " + message + " (run again with TERMBOT_LOG_LEVEL=DEBUG for the details)");
        return FAILURE;
    }
}
