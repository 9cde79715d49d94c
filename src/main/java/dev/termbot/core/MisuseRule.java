package dev.termbot.core;

import java.util.List;

/**
 * A watched phrase family and the note posted when it appears.
 *
 * @param id           rule id, e.g. "distillation-attack"
 * @param termId       the glossary entry the note explains
 * @param phrases      the phrases watched, in their base form ("distillation attack")
 * @param exceptions   phrases that contain a watched phrase but are fine ("distillation attack surface" etc.)
 * @param reply        the note text, kindly worded
 * @param links        links posted with the note (the term's links when the rule names none)
 * @param whenDisputed what to do when the writer already disputes the term
 * @param cues         the words that tell a dispute from a use (shared and the rule's own)
 * @param wordOrders   other word orders of the phrases, written out ("attack by distillation" for
 *                     "distillation attack"); each uses every word of one phrase, and the detector
 *                     inflects the word that phrase inflects
 */
public record MisuseRule(String id, String termId, List<String> phrases, List<String> exceptions,
                         String reply, List<Link> links, WhenDisputed whenDisputed, StanceCues cues,
                         List<String> wordOrders) {
    public MisuseRule {
        phrases = List.copyOf(phrases);
        exceptions = List.copyOf(exceptions);
        links = List.copyOf(links);
        whenDisputed = whenDisputed == null ? WhenDisputed.QUIET : whenDisputed;
        cues = cues == null ? StanceCues.NONE : cues;
        wordOrders = wordOrders == null ? List.of() : List.copyOf(wordOrders);
    }

    /** A rule whose phrases are watched in their own word order only. */
    public MisuseRule(String id, String termId, List<String> phrases, List<String> exceptions,
                      String reply, List<Link> links, WhenDisputed whenDisputed, StanceCues cues) {
        this(id, termId, phrases, exceptions, reply, links, whenDisputed, cues, List.of());
    }

    /** A rule that stays quiet on disputes, has no cue words of its own and no other word orders. */
    public MisuseRule(String id, String termId, List<String> phrases, List<String> exceptions,
                      String reply, List<Link> links) {
        this(id, termId, phrases, exceptions, reply, links, WhenDisputed.QUIET, StanceCues.NONE, List.of());
    }

    /** A rule with other word orders of its phrases, quiet on disputes, without cue words of its own. */
    public MisuseRule(String id, String termId, List<String> phrases, List<String> exceptions,
                      String reply, List<Link> links, List<String> wordOrders) {
        this(id, termId, phrases, exceptions, reply, links, WhenDisputed.QUIET, StanceCues.NONE, wordOrders);
    }

    /** The same rule with the shared cues added to its own. */
    public MisuseRule withSharedCues(StanceCues shared) {
        return new MisuseRule(id, termId, phrases, exceptions, reply, links, whenDisputed, shared.plus(cues), wordOrders);
    }
}
