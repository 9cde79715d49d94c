package dev.termbot.platform.discord;

import dev.termbot.core.Term;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Picks the glossary entries offered while someone types {@code /define term:}: entries whose id,
 * display form or an alias starts with what was typed come first, then entries that merely contain
 * it; each group alphabetically by display form; at most 25 (Discord's limit). Stateless.
 */
final class TermSuggestions {
    /** Discord shows at most 25 autocomplete choices. */
    static final int MAX_CHOICES = 25;

    private TermSuggestions() {
    }

    /** The best entries for the typed text, best first. */
    static List<Term> matching(Collection<Term> terms, String typed) {
        String query = fold(typed == null ? "" : typed);
        return terms.stream()
                .map(term -> new Ranked(term, rank(term, query)))
                .filter(ranked -> ranked.rank < NO_MATCH)
                .sorted(Comparator.comparingInt(Ranked::rank)
                        .thenComparing(ranked -> ranked.term.display(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(ranked -> ranked.term.id()))
                .limit(MAX_CHOICES)
                .map(Ranked::term)
                .toList();
    }

    private static final int PREFIX = 0;
    private static final int SUBSTRING = 1;
    private static final int NO_MATCH = 2;

    private record Ranked(Term term, int rank) {
    }

    private static int rank(Term term, String query) {
        List<String> names = Stream.concat(Stream.of(term.id(), term.display()), term.aliases().stream())
                .map(TermSuggestions::fold)
                .toList();
        if (names.stream().anyMatch(name -> name.startsWith(query))) {
            return PREFIX;
        }
        return names.stream().anyMatch(name -> name.contains(query)) ? SUBSTRING : NO_MATCH;
    }

    /** Case and separators do not matter: "knowledge-distillation" matches "Knowledge dist". */
    private static String fold(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
    }
}
