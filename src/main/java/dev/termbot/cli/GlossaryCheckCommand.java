package dev.termbot.cli;

import dev.termbot.core.Knowledge;
import dev.termbot.core.MisuseRule;
import dev.termbot.glossary.CheckedGlossary;
import dev.termbot.glossary.Glossary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code termbot glossary check [FILE]}: validates a glossary (and builds its detector, so a rule
 * the detector cannot use is caught too) and prints a one-line summary; a problem prints
 * {@code file:line:col: message} and exits 2. Entries whose {@code reviewed} date is older than the
 * review age ({@code --max-age}, else {@code glossary.stale_after_days} of the settings, 180 days by
 * default) are printed to stderr as {@code file:line:col: warning: ...}; they do not change the exit
 * code, because an old review is a reminder, not a fault.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate a glossary file and print a one-line summary; warn about entries not reviewed for a long time.")
final class GlossaryCheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "Glossary YAML (default: $TERMBOT_GLOSSARY, ./config/glossary.yaml, or the built-in one).")
    Path file;

    @Option(names = "--max-age", paramLabel = "DAYS",
            description = "Warn about entries reviewed longer ago than this (default: glossary.stale_after_days of the settings, 180).")
    Integer maxAge;

    @Mixin
    ConfigOption config;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws Exception {
        int days = maxAge != null ? maxAge : config.load(System.getenv()).digest().staleAfterDays();
        if (days < 0) {
            throw new BadInput("--max-age must not be negative");
        }
        GlossaryOption option = new GlossaryOption();
        option.file = file;
        CheckedGlossary checked = option.check();
        Glossary glossary = checked.glossary();
        Knowledge knowledge = KnowledgeFactory.withOpenNlp().build(glossary);
        List<String> warnings = checked.staleWarnings(LocalDate.now(clock), days);
        warnings.forEach(System.err::println);
        long phrases = glossary.rules().stream().mapToLong(rule -> rule.phrases().size()).sum();
        System.out.printf("%s: ok \u2014 %d terms, %d rules (%s), %d watched phrases; %d reviewed over %d days ago%n",
                option.describe(), knowledge.terms().size(), knowledge.rules().size(),
                String.join(", ", glossary.rules().stream().map(MisuseRule::id).toList()), phrases, warnings.size(), days);
        return ExitCodes.OK;
    }
}
