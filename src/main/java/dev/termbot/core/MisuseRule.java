package dev.termbot.core;

import java.util.List;

/**
 * A watched phrase family and the note posted when it appears.
 *
 * @param id         rule id, e.g. "distillation-attack"
 * @param termId     the glossary entry the note explains
 * @param phrases    the phrases watched, in their base form ("distillation attack")
 * @param exceptions phrases that contain a watched phrase but are fine ("distillation attack surface" etc.)
 * @param reply      the note text, kindly worded
 * @param links      links posted with the note (the term's links when the rule names none)
 * @param wordOrders other word orders of the phrases, written out ("attack by distillation" for
 *                   "distillation attack"); each uses every word of one phrase, and the detector
 *                   inflects the word that phrase inflects
 */
public record MisuseRule(String id, String termId, List<String> phrases, List<String> exceptions,
                         String reply, List<Link> links, List<String> wordOrders) {
    public MisuseRule {
        phrases = List.copyOf(phrases);
        exceptions = List.copyOf(exceptions);
        links = List.copyOf(links);
        wordOrders = List.copyOf(wordOrders);
    }

    /** A rule whose phrases are watched in their own word order only. */
    public MisuseRule(String id, String termId, List<String> phrases, List<String> exceptions,
                      String reply, List<Link> links) {
        this(id, termId, phrases, exceptions, reply, links, List.of());
    }
}
