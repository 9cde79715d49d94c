package dev.termbot.cli;

import dev.termbot.glossary.Glossary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import dev.termbot.storage.PostgresDatabase;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code termbot config check}: validates the settings file and the glossary without starting
 * anything; the first problem is printed as {@code file:line:col: message} with exit code 2.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the settings file and the glossary.")
final class ConfigCheckCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Mixin
    GlossaryOption glossary;

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = System.getenv();
        Settings settings = config.load(env);
        Glossary loaded = glossary.load();
        KnowledgeFactory.withOpenNlp().build(loaded);
        System.out.printf("settings: ok (%s); glossary: ok (%s, %d terms, %d rules); database: %s%n",
                config.file == null ? "defaults or ./config/termbot.yaml" : config.file,
                glossary.describe(), loaded.terms().size(), loaded.rules().size(), settings.storage().postgresql()
                        .map(shared -> "PostgreSQL " + PostgresDatabase.shown(shared.url())).orElse(settings.storage().database().toString()));
        return ExitCodes.OK;
    }
}
