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
 */
public record MisuseRule(String id, String termId, List<String> phrases, List<String> exceptions,
                         String reply, List<Link> links, WhenDisputed whenDisputed, StanceCues cues) {
    public MisuseRule {
        phrases = List.copyOf(phrases);
        exceptions = List.copyOf(exceptions);
        links = List.copyOf(links);
        whenDisputed = whenDisputed == null ? WhenDisputed.QUIET : whenDisputed;
        cues = cues == null ? StanceCues.NONE : cues;
    }

    /** A rule that stays quiet on disputes and has no cue words of its own. */
    public MisuseRule(String id, String termId, List<String> phrases, List<String> exceptions,
                      String reply, List<Link> links) {
        this(id, termId, phrases, exceptions, reply, links, WhenDisputed.QUIET, StanceCues.NONE);
    }

    /** The same rule with the shared cues added to its own. */
    public MisuseRule withSharedCues(StanceCues shared) {
        return new MisuseRule(id, termId, phrases, exceptions, reply, links, whenDisputed, shared.plus(cues));
    }
}
