package dev.termbot.core;

import java.util.Objects;

/**
 * A glossary entry as a member suggests it in chat: {@code /termbot suggest TERM: definition}. The
 * definition is kept as typed, source links included; the glossary package turns it into an entry.
 *
 * @param term       the term as the member wrote it
 * @param definition one sentence, optionally followed by https links to sources
 */
public record SuggestedEntry(String term, String definition) {
    public SuggestedEntry {
        term = Objects.requireNonNull(term, "term").strip();
        definition = Objects.requireNonNull(definition, "definition").strip();
    }
}
