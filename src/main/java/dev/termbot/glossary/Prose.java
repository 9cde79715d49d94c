package dev.termbot.glossary;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Shape checks shared by the texts people read in chat: definitions, notes and replies. Keeps them
 * short enough to read in a channel and limits their sentence count. Stateless.
 */
final class Prose {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Prose() {
    }

    /** Folds line breaks and repeated spaces of YAML block scalars into single spaces. */
    static String tidy(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** What is wrong with the text, worded to follow its name ("'note' in term 'x' "), or empty. */
    static Optional<String> problem(String text, int maxChars, int minSentences, int maxSentences) {
        if (text.length() > maxChars) {
            return Optional.of("is " + text.length() + " characters long; keep it under " + maxChars);
        }
        int sentences = Sentences.count(text);
        if (sentences < minSentences || sentences > maxSentences) {
            String wanted = minSentences == maxSentences
                    ? "exactly " + minSentences
                    : minSentences + " to " + maxSentences;
            return Optional.of("has " + sentences + " sentence" + (sentences == 1 ? "" : "s") + "; write " + wanted);
        }
        return Optional.empty();
    }
}
