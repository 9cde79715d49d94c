package dev.termbot.core;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns a suggestion into a glossary entry and checks it with the glossary file's own rules against
 * the glossary in force, and merges the overlay in after an approval. The composition root
 * implements it with the glossary package; the core only sees the outcome.
 */
public interface EntryDrafts {
    /**
     * The entry a suggestion would become.
     *
     * @param termId    the entry's id
     * @param entryYaml the entry in the glossary file's YAML (a mapping)
     * @param problem   what the file's validation says is wrong with it, in words; empty when it is valid
     */
    record Draft(String termId, String entryYaml, Optional<String> problem) {
    }

    /** Writes the suggestion as an entry reviewed on {@code reviewed} and validates it with the glossary in force. */
    Draft draft(SuggestedEntry entry, LocalDate reviewed);

    /** Merges the stored overlay over the glossary file again and swaps the result in (after an approval). */
    void refresh();
}
