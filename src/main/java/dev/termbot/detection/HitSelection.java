package dev.termbot.detection;

import dev.termbot.core.Hit;
import dev.termbot.core.Markup;
import dev.termbot.core.MisuseRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns candidate matches into hits: drops those in code, URLs and other non-prose, those covered
 * by one of their rule's exceptions, and all but one of any overlapping group (the leftmost, then
 * the longest, then the rule listed first). Stateless and thread-safe.
 */
final class HitSelection {
    private static final Comparator<Found> READING_ORDER = Comparator.comparingInt(Found::start)
            .thenComparing(Comparator.comparingInt(Found::length).reversed())
            .thenComparingInt(Found::rule);

    private HitSelection() {
    }

    static List<Hit> select(String text, Markup markup, PhraseScan scan, PhraseEntry[] entries, List<MisuseRule> rules) {
        ExcludedRanges notProse = ProseExtractor.exclusions(text, markup);
        List<Found> matches = new ArrayList<>();
        List<Found> exceptions = new ArrayList<>();
        for (int k = 0; k < scan.candidates(); k++) {
            PhraseEntry entry = entries[scan.entry(k)];
            Found found = new Found(entry.rule(), scan.start(k), scan.end(k));
            if (!notProse.overlaps(found.start(), found.end())) {
                (entry.exception() ? exceptions : matches).add(found);
            }
        }
        if (!exceptions.isEmpty()) {
            matches.removeIf(m -> coveredByAny(exceptions, m));
        }
        matches.sort(READING_ORDER);
        List<Hit> hits = new ArrayList<>();
        int taken = 0;
        for (Found m : matches) {
            if (m.start() >= taken) {
                MisuseRule rule = rules.get(m.rule());
                hits.add(new Hit(rule.id(), rule.termId(), m.start(), m.end(), text.substring(m.start(), m.end())));
                taken = m.end();
            }
        }
        return List.copyOf(hits);
    }

    private static boolean coveredByAny(List<Found> exceptions, Found match) {
        for (Found exception : exceptions) {
            if (exception.covers(match)) {
                return true;
            }
        }
        return false;
    }

    private record Found(int rule, int start, int end) {
        int length() {
            return end - start;
        }

        boolean covers(Found other) {
            return rule == other.rule && start <= other.start && other.end <= end;
        }
    }
}
