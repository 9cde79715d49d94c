package dev.termbot.core;

/**
 * Answers {@code /define}: exact id, display term, alias, normalised form, then typo-tolerant
 * match, else suggestions. Must answer garbage, huge or hostile input quickly with "not found".
 *
 * <p>Implementations are immutable and safe for use by many threads.
 */
public interface TermLookup {
    LookupResult lookup(String query);
}
