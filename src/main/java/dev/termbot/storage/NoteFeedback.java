package dev.termbot.storage;

/**
 * What people answered to one rule's notes in a period: votes cast ({@code note_feedback.voted_at}
 * in the period; a changed vote counts once, as its latest choice, in the period it was last cast)
 * and notes removed ({@code note_removals.removed_at} in the period).
 */
public record NoteFeedback(String ruleId, long helpful, long notNeeded, long removed) {
    public static NoteFeedback none(String ruleId) {
        return new NoteFeedback(ruleId, 0, 0, 0);
    }

    public NoteFeedback plus(NoteFeedback other) {
        return new NoteFeedback(ruleId, helpful + other.helpful, notNeeded + other.notNeeded, removed + other.removed);
    }

    public boolean isEmpty() {
        return helpful == 0 && notNeeded == 0 && removed == 0;
    }
}
