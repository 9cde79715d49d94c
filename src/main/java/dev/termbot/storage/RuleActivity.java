package dev.termbot.storage;

/** Hits and notes posted for one rule in a period. */
public record RuleActivity(String ruleId, String termId, long hits, long replies) {
}
