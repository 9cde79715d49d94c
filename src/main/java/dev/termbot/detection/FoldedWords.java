package dev.termbot.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds a phrase from the glossary into words exactly as {@link FoldedText} folds chat text, so
 * that "Distillation-Attack" in a rule and "distillation attack" in a message meet as the same
 * words. Build time only. Stateless.
 */
final class FoldedWords {
    private FoldedWords() {
    }

    /** The folded words of {@code phrase}; a word longer than the scanner keeps is rejected. */
    static List<String> of(String phrase) {
        List<String> words = new ArrayList<>();
        new FoldedText().fold(phrase).words((text, from, length) -> {
            if (length >= FoldedText.CAPACITY) {
                throw new IllegalArgumentException("a word of \"" + phrase + "\" is longer than "
                        + (FoldedText.CAPACITY - 1) + " letters");
            }
            words.add(new String(text.chars(), from, length));
            return false;
        });
        return words;
    }
}
