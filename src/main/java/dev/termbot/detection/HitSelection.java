package dev.termbot.detection;

import dev.termbot.core.Hit;
import dev.termbot.core.Markup;
import dev.termbot.core.MisuseRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        ExcludedRanges notProse = ProseExtractor.exclusions(text, markup, true);
        ExcludedRanges notProseInTags = null; // code and URLs only: a hashtag is a name to the rest
        List<Found> matches = new ArrayList<>();
        List<Found> exceptions = new ArrayList<>();
        for (int k = 0; k < scan.candidates(); k++) {
            PhraseEntry entry = entries[scan.entry(k)];
            Found found = new Found(entry.rule(), scan.start(k), scan.end(k));
            if (scan.inHashtag(k) && notProseInTags == null) {
                notProseInTags = ProseExtractor.exclusions(text, markup, false);
            }
            ExcludedRanges excluded = scan.inHashtag(k) ? notProseInTags : notProse;
            if (!excluded.overlaps(found.start(), found.end())) {
                (entry.exception() ? exceptions : matches).add(found);
            }
        }
        matches.sort(READING_ORDER);
        if (!exceptions.isEmpty()) {
            dropCovered(matches, exceptions);
        }
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

    /**
     * Removes the matches that an exception of the same rule covers, in one sweep over both lists
     * in reading order: for each match, the exceptions starting at or before it are in, and the
     * furthest end among those of its rule decides.
     */
    private static void dropCovered(List<Found> matches, List<Found> exceptions) {
        exceptions.sort(READING_ORDER);
        Map<Integer, Integer> furthestEnd = new HashMap<>();
        int next = 0;
        List<Found> kept = new ArrayList<>(matches.size());
        for (Found match : matches) {
            for (; next < exceptions.size() && exceptions.get(next).start() <= match.start(); next++) {
                Found exception = exceptions.get(next);
                furthestEnd.merge(exception.rule(), exception.end(), Math::max);
            }
            if (furthestEnd.getOrDefault(match.rule(), -1) < match.end()) {
                kept.add(match);
            }
        }
        matches.clear();
        matches.addAll(kept);
    }

    private record Found(int rule, int start, int end) {
        int length() {
            return end - start;
        }

    }
}
