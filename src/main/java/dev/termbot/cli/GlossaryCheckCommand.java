package dev.termbot.cli;

import dev.termbot.core.Knowledge;
import dev.termbot.core.MisuseRule;
import dev.termbot.glossary.Glossary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code termbot glossary check [FILE]}: validates a glossary (and builds its detector, so a rule
 * the detector cannot use is caught too) and prints a one-line summary; a problem prints
 * {@code file:line:col: message} and exits 2.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate a glossary file and print a one-line summary.")
final class GlossaryCheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "Glossary YAML (default: $TERMBOT_GLOSSARY, ./config/glossary.yaml, or the built-in one).")
    Path file;

    @Override
    public Integer call() throws Exception {
        GlossaryOption option = new GlossaryOption();
        option.file = file;
        Glossary glossary = option.load();
        Knowledge knowledge = KnowledgeFactory.withOpenNlp().build(glossary);
        long phrases = glossary.rules().stream().mapToLong(rule -> rule.phrases().size()).sum();
        System.out.printf("%s: ok \u2014 %d terms, %d rules (%s), %d watched phrases%n",
                option.describe(), knowledge.terms().size(), knowledge.rules().size(),
                String.join(", ", glossary.rules().stream().map(MisuseRule::id).toList()), phrases);
        return ExitCodes.OK;
    }
}
