package dev.termbot.cli;

import dev.termbot.ops.LogFormat;
import dev.termbot.ops.LogOutput;
import picocli.CommandLine.Option;

import java.util.Map;

/** The {@code --log-format text|json} option of the long-running commands; {@code TERMBOT_LOG_FORMAT} when absent. */
final class LogFormatOption {
    @Option(names = "--log-format", paramLabel = "FORMAT", description = "text (default) or json lines; default: $TERMBOT_LOG_FORMAT.")
    String format;

    /** Switches the log output and installs secret redaction for the values in {@code env}. */
    void apply(Map<String, String> env) {
        LogFormat chosen = LogFormat.parse(format != null ? format : env.get(LogFormat.ENVIRONMENT_VARIABLE));
        LogOutput.use(chosen, env);
    }
}
