package dev.termbot.core;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a {@code /define} query.
 *
 * @param query       the normalised query (what is stored and reported)
 * @param term        the entry found, if any
 * @param suggestions up to three near entries when nothing was found
 */
public record LookupResult(String query, Optional<Term> term, List<Term> suggestions) {
    public LookupResult {
        suggestions = List.copyOf(suggestions);
    }

    public boolean found() {
        return term.isPresent();
    }
}
