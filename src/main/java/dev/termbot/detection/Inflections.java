package dev.termbot.detection;

import java.util.List;
import java.util.Set;

/**
 * The surface forms a watched phrase can take in chat ("distillation attack" also reads
 * "distillation attacks"), and the real words of the language, so that a one-edit typo that spells
 * a different real word ("attach" for "attack") is not taken for the watched one.
 *
 * <p>Used only while a detector is built, never per message. Implementations must be safe to call
 * from the thread that builds a detector; {@link OpenNlpInflections} is the real one.
 */
public interface Inflections {
    /** No inflection and no vocabulary: every word stands only for itself. For tests and tools. */
    Inflections NONE = words -> words.stream().map(Set::of).toList();

    /**
     * For each word of a phrase, in order, the forms that stand for it, the word itself included.
     *
     * @param phraseWords the phrase's words, folded (lowercase, without accents)
     * @return one set per word
     */
    List<Set<String>> formsOf(List<String> phraseWords);

    /** Real words of the language (lowercase); empty when unknown. */
    default Set<String> realWords() {
        return Set.of();
    }
}
