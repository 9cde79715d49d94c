package dev.termbot.glossary;

import dev.termbot.core.MisuseRule;
import dev.termbot.core.Term;

import java.util.List;
import java.util.Optional;

/**
 * A validated glossary: the entries {@code /define} answers from and the misuse rules the detector
 * watches, in file order. Produced by {@link GlossaryFile}; every cross-reference in it (related
 * ids, rule terms) names an entry that exists.
 *
 * <p>Immutable and thread-safe.
 *
 * @param terms the glossary entries
 * @param rules the misuse rules
 */
public record Glossary(List<Term> terms, List<MisuseRule> rules) {
    public Glossary {
        terms = List.copyOf(terms);
        rules = List.copyOf(rules);
    }

    /** The entry with this id, if any. */
    public Optional<Term> term(String id) {
        return terms.stream().filter(term -> term.id().equals(id)).findFirst();
    }

    /** The rule with this id, if any. */
    public Optional<MisuseRule> rule(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }
}
