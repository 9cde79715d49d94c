package dev.termbot.core;

import java.time.LocalDate;
import java.util.List;

/**
 * One glossary entry, as the core needs it to build replies. Loading and validation live in
 * {@code dev.termbot.glossary}.
 *
 * @param id         slug, e.g. "distillation-attack"
 * @param display    the term as people write it, e.g. "Distillation attack"
 * @param aliases    other spellings and acronyms people type
 * @param definition one sentence
 * @param note       two to four sentences of context
 * @param links      one or more https sources
 * @param related    ids of related entries
 * @param reviewed   when a person last checked the entry
 */
public record Term(String id, String display, List<String> aliases, String definition, String note,
                   List<Link> links, List<String> related, LocalDate reviewed) {
    public Term {
        aliases = List.copyOf(aliases);
        links = List.copyOf(links);
        related = List.copyOf(related);
    }
}
