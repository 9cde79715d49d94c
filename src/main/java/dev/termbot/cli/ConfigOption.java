package dev.termbot.cli;

import dev.termbot.core.ConfigException;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The {@code --config FILE} option: settings file, else ./config/termbot.yaml, else defaults; env overrides last. */
final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE", description = "Settings YAML (default: ./config/termbot.yaml when present, else built-in defaults).")
    Path file;

    Settings load(Map<String, String> env) throws ConfigException {
        return SettingsFile.withEnvironment(SettingsFile.load(Optional.ofNullable(file)), env);
    }
}
