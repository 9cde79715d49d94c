package dev.termbot.digest;

/**
 * Counts as people write them: "1 note", "2 notes", "0 notes". The digest's nouns are regular
 * English ones whose plural adds an "s"; {@link #of(long, String, String)} takes any other. Stateless.
 */
final class Plural {
    private Plural() {
    }

    /** "1 hit", "3 hits". */
    static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    /** "1 query", "2 queries". */
    static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
