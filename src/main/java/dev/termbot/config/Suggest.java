package dev.termbot.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Builds the "did you mean" hint of validation messages from near spellings. Stateless. */
public final class Suggest {
    private Suggest() {
    }

    /** "; did you mean 'x'?" for the closest candidate, else "". */
    public static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(best -> "; did you mean '" + best + "'?").orElse("");
    }

    /** The candidate within two edits of the word (or sharing a prefix with it), ignoring case. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String typed = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String candidate : candidates) {
            String known = candidate.toLowerCase(Locale.ROOT);
            int distance = EditDistance.within(typed, known, 2);
            boolean prefix = typed.length() >= 3 && (known.startsWith(typed) || typed.startsWith(known));
            int score = prefix ? Math.min(distance, 2) : distance;
            if (score < bestDistance) {
                bestDistance = score;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }
}
