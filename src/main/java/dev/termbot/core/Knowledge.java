package dev.termbot.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One consistent snapshot of what the bot knows: the terms, the rules, the detector built from
 * those rules and the lookup built from those terms. A reload swaps the whole snapshot at once, so
 * no message is ever checked against half a glossary.
 */
public final class Knowledge {
    private final Map<String, Term> terms;
    private final Map<String, MisuseRule> rules;
    private final Detector detector;
    private final TermLookup lookup;

    public Knowledge(List<Term> terms, List<MisuseRule> rules, Detector detector, TermLookup lookup) {
        this.terms = terms.stream().collect(Collectors.toUnmodifiableMap(Term::id, Function.identity()));
        this.rules = rules.stream().collect(Collectors.toUnmodifiableMap(MisuseRule::id, Function.identity()));
        this.detector = detector;
        this.lookup = lookup;
    }

    public Optional<Term> term(String id) {
        return Optional.ofNullable(terms.get(id));
    }

    public Optional<MisuseRule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public Map<String, Term> terms() {
        return terms;
    }

    public Map<String, MisuseRule> rules() {
        return rules;
    }

    public Detector detector() {
        return detector;
    }

    public TermLookup lookup() {
        return lookup;
    }
}
