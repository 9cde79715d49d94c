package dev.termbot.glossary;

import dev.termbot.config.EditDistance;
import dev.termbot.core.Term;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the entries to offer when a {@code /define} query matched nothing: first spellings within a
 * few typing errors, then spellings the query begins ("hallu" → hallucination), then entries that
 * share a distinctive word with the query ("attack" → distillation attack). Immutable after
 * construction and safe for use by many threads.
 */
final class Suggestions {
    // Shorter words ("of", "data", "ai") appear in too many entries to point anywhere.
    private static final int MIN_SHARED_WORD = 5;
    // A query of many words is a sentence, not a term; sharing one word with it means nothing.
    private static final int MAX_QUERY_WORDS = 4;
    // Ranks below every spelling within edit distance (at most 3): a typed beginning, then a shared word.
    private static final int PREFIX_SCORE = 4;
    private static final int SHARED_WORD_SCORE = 5;

    private final List<GlossaryLookup.SpellingKey> spellings;
    private final List<Term> terms;
    private final Map<String, Set<String>> wordsByTerm = new HashMap<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final int max;

    Suggestions(List<GlossaryLookup.SpellingKey> spellings, List<Term> terms, int max) {
        this.spellings = List.copyOf(spellings);
        this.terms = List.copyOf(terms);
        this.max = max;
        for (Term term : terms) {
            position.putIfAbsent(term.id(), position.size());
            Set<String> words = new HashSet<>(TermKey.words(TermKey.readable(term.id() + " " + term.display())));
            term.aliases().forEach(alias -> words.addAll(TermKey.words(TermKey.readable(alias))));
            words.removeIf(word -> word.length() < MIN_SHARED_WORD);
            wordsByTerm.putIfAbsent(term.id(), Set.copyOf(words));
        }
    }

    /**
     * How far off a spelling may be to be suggested, judged on the shorter of the two so that a
     * four-letter query is never "close" to a three-letter acronym sharing two letters with it
     * ("lora" is not a misspelt "LRM"): one edit up to five letters, two up to eight, then three.
     */
    static int limit(int shorterLength) {
        if (shorterLength <= 5) {
            return 1;
        }
        return shorterLength <= 8 ? 2 : 3;
    }

    List<Term> forQuery(String key, List<String> words) {
        Map<String, Candidate> best = new HashMap<>();
        for (GlossaryLookup.SpellingKey spelling : spellings) {
            int limit = limit(Math.min(key.length(), spelling.key().length()));
            int distance = EditDistance.within(key, spelling.key(), limit);
            int gap = Math.abs(spelling.key().length() - key.length());
            if (distance <= limit) {
                offer(best, new Candidate(spelling.term(), distance, gap));
            } else if (key.length() >= 4 && spelling.key().startsWith(key)) {
                offer(best, new Candidate(spelling.term(), PREFIX_SCORE, gap));
            }
        }
        if (words.size() <= MAX_QUERY_WORDS) {
            for (Term term : terms) {
                Set<String> shared = wordsByTerm.get(term.id());
                if (words.stream().anyMatch(shared::contains)) {
                    offer(best, new Candidate(term, SHARED_WORD_SCORE, Integer.MAX_VALUE));
                }
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingInt(Candidate::score).thenComparingInt(Candidate::gap)
                        .thenComparingInt(candidate -> position.getOrDefault(candidate.term().id(), Integer.MAX_VALUE)))
                .limit(max)
                .map(Candidate::term)
                .toList();
    }

    private static void offer(Map<String, Candidate> best, Candidate candidate) {
        best.merge(candidate.term().id(), candidate, (old, offered) -> offered.betterThan(old) ? offered : old);
    }

    private record Candidate(Term term, int score, int gap) {
        boolean betterThan(Candidate other) {
            return score < other.score || score == other.score && gap < other.gap;
        }
    }
}
