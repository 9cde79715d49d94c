package dev.termbot.testing;

import dev.termbot.core.Detector;
import dev.termbot.core.Hit;
import dev.termbot.core.Knowledge;
import dev.termbot.core.LookupResult;
import dev.termbot.core.MisuseRule;
import dev.termbot.core.Term;
import dev.termbot.core.TermLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@link Knowledge} with the simplest possible detector (case-insensitive substring search for each
 * rule's phrases) and lookup (id, display or alias, ignoring case), for tests of the parts around
 * detection such as storage and the digest. Immutable.
 */
public final class NaiveKnowledge {
    private NaiveKnowledge() {
    }

    public static Knowledge of(List<Term> terms, List<MisuseRule> rules) {
        return new Knowledge(terms, rules, detector(rules), lookup(terms));
    }

    private static Detector detector(List<MisuseRule> rules) {
        return (text, markup) -> {
            String lower = text.toLowerCase(Locale.ROOT);
            List<Hit> hits = new ArrayList<>();
            for (MisuseRule rule : rules) {
                for (String phrase : rule.phrases()) {
                    int at = lower.indexOf(phrase.toLowerCase(Locale.ROOT));
                    if (at >= 0) {
                        hits.add(new Hit(rule.id(), rule.termId(), at, at + phrase.length(), text.substring(at, at + phrase.length())));
                    }
                }
            }
            hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return hits;
        };
    }

    private static TermLookup lookup(List<Term> terms) {
        return query -> {
            String key = query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            Optional<Term> found = terms.stream()
                    .filter(t -> t.id().equals(key) || t.display().toLowerCase(Locale.ROOT).equals(key)
                            || t.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(key)))
                    .findFirst();
            return new LookupResult(key, found, List.of());
        };
    }
}
