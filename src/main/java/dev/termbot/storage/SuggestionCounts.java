package dev.termbot.storage;

/**
 * Glossary suggestions for a period: {@code pending} counts those made before the period ended and
 * not decided by then (for a period ending today: pending now); {@code approved} and
 * {@code rejected} count decisions taken in the period.
 */
public record SuggestionCounts(long pending, long approved, long rejected) {
    public static final SuggestionCounts NONE = new SuggestionCounts(0, 0, 0);
}
