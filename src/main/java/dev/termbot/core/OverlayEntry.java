package dev.termbot.core;

import java.time.Instant;

/**
 * One approved suggestion in the glossary overlay: the entry written in the glossary file's own
 * YAML, so that the file's validation reads it like any other entry.
 *
 * @param termId       the entry's id (one overlay row per id)
 * @param entryYaml    the entry as a YAML mapping (id, term, definition, note, links, related, reviewed)
 * @param suggestionId the suggestion it came from
 * @param approvedAt   when a moderator approved it
 */
public record OverlayEntry(String termId, String entryYaml, long suggestionId, Instant approvedAt) {
}
