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
    private final StanceJudge stance;

    /** A snapshot whose hits are all taken as uses (no stance analysis). */
    public Knowledge(List<Term> terms, List<MisuseRule> rules, Detector detector, TermLookup lookup) {
        this(terms, rules, detector, lookup, StanceJudge.NONE);
    }

    public Knowledge(List<Term> terms, List<MisuseRule> rules, Detector detector, TermLookup lookup, StanceJudge stance) {
        this.terms = terms.stream().collect(Collectors.toUnmodifiableMap(Term::id, Function.identity()));
        this.rules = rules.stream().collect(Collectors.toUnmodifiableMap(MisuseRule::id, Function.identity()));
        this.detector = detector;
        this.lookup = lookup;
        this.stance = stance;
    }

    /**
     * The hits of a message with their stance. The detector runs on every message; the stance
     * judge only on the rare message that has a hit.
     */
    public List<Hit> judgedHits(String text, Markup markup) {
        List<Hit> hits = detector.detect(text, markup);
        return hits.isEmpty() ? hits : stance.judge(text, markup, hits);
    }

    /**
     * The hit whose note a message deserves: the first hit the writer uses, or else the first
     * disputed hit of a rule set to {@code when_disputed: note}; empty when every hit is disputed
     * under a quiet rule.
     */
    public Optional<Hit> hitToNote(List<Hit> hits) {
        return hits.stream().filter(hit -> !hit.disputed()).findFirst()
                .or(() -> hits.stream().filter(this::notedEvenIfDisputed).findFirst());
    }

    private boolean notedEvenIfDisputed(Hit hit) {
        return rule(hit.ruleId()).map(rule -> rule.whenDisputed() == WhenDisputed.NOTE).orElse(false);
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
