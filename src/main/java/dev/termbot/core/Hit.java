package dev.termbot.core;

/**
 * One occurrence of a watched phrase.
 *
 * @param ruleId  the misuse rule that watches the phrase
 * @param termId  the glossary entry whose note the rule posts
 * @param start   start offset in the original text (inclusive, UTF-16 chars)
 * @param end     end offset in the original text (exclusive)
 * @param matched the original text between start and end
 */
public record Hit(String ruleId, String termId, int start, int end, String matched) {
    public Hit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
