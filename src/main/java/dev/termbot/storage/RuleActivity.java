package dev.termbot.storage;

/**
 * Hits and notes posted for one rule in a period.
 *
 * @param hits     every hit, used or disputed
 * @param replies  notes posted
 * @param disputed the hits whose writer already disputed the term
 */
public record RuleActivity(String ruleId, String termId, long hits, long replies, long disputed) {
    /** Activity with no disputed hits. */
    public RuleActivity(String ruleId, String termId, long hits, long replies) {
        this(ruleId, termId, hits, replies, 0);
    }
}
