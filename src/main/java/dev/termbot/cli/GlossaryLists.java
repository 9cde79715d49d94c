package dev.termbot.cli;

import dev.termbot.core.MisuseRule;
import dev.termbot.core.Term;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Supplies the glossary's terms and rules to commands that report on them (the digest lists stale
 * terms and rules that never fired). The composition root decides where they come from; the
 * default, {@link #FROM_FILES}, resolves the glossary the way every other command does.
 */
@FunctionalInterface
interface GlossaryLists {
    /** What a glossary file holds, as far as reports need it. */
    record Lists(List<Term> terms, List<MisuseRule> rules) {

        public Lists {
            terms = List.copyOf(terms);
            rules = List.copyOf(rules);
        }
    }

    /**
     * Loads the given glossary file, or the configured default when none is given.
     *
     * @throws Exception a {@link dev.termbot.core.ConfigException} for a broken file (exit code 2)
     */
    Lists load(Optional<Path> file) throws Exception;

    /** The glossary resolved like every other command's (explicit file, environment, ./config, built-in). */
    GlossaryLists FROM_FILES = file -> {
        GlossaryOption option = new GlossaryOption();
        option.file = file.orElse(null);
        dev.termbot.glossary.Glossary glossary = option.load();
        return new Lists(glossary.terms(), glossary.rules());
    };
}
