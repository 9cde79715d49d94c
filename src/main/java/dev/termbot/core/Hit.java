package dev.termbot.core;

/**
 * One occurrence of a watched phrase.
 *
 * @param ruleId  the misuse rule that watches the phrase
 * @param termId  the glossary entry whose note the rule posts
 * @param start   start offset in the original text (inclusive, UTF-16 chars)
 * @param end     end offset in the original text (exclusive)
 * @param matched the original text between start and end
 * @param stance  whether the writer uses the phrase or disputes it ({@link Stance#USE} until judged)
 */
public record Hit(String ruleId, String termId, int start, int end, String matched, Stance stance) {
    public Hit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (stance == null) {
            throw new IllegalArgumentException("no stance");
        }
    }

    /** A hit as the detector reports it, before any stance is judged. */
    public Hit(String ruleId, String termId, int start, int end, String matched) {
        this(ruleId, termId, start, end, matched, Stance.USE);
    }

    /** The same occurrence with another stance; the span never changes. */
    public Hit withStance(Stance judged) {
        return judged == stance ? this : new Hit(ruleId, termId, start, end, matched, judged);
    }

    public boolean disputed() {
        return stance == Stance.DISPUTED;
    }
}
