package dev.termbot.detection.stance;

import opennlp.tools.stemmer.PorterStemmer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cue texts from the glossary as the stance grammar compares them: split into words exactly as
 * message tokens are split ({@link TokenPieces}), each word reduced to its Porter stem, so the cue
 * "call" also finds "calling" and "called", and "doesn't exist" finds "does n't exist".
 */
final class CueWords {
    private CueWords() {
    }

    static String[] stems(String cue, PorterStemmer stemmer) {
        return pieces(cue, word -> stem(stemmer, word));
    }

    /** The cue's words as written (lower case), split like message tokens. */
    static String[] words(String cue) {
        return pieces(cue, word -> word);
    }

    private static String[] pieces(String cue, java.util.function.UnaryOperator<String> each) {
        List<String> stems = new ArrayList<>();
        String text = cue.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int at = 0;
        while (at < text.length()) {
            int space = text.indexOf(' ', at);
            int end = space < 0 ? text.length() : space;
            if (end > at) {
                TokenPieces.split(text, at, end, (from, to) -> stems.add(each.apply(text.substring(from, to))));
            }
            at = end + 1;
        }
        return stems.toArray(String[]::new);
    }

    /** The Porter stem of a lower-case word; words without letters (emoji, "/s", "100%") stay as they are. */
    static String stem(PorterStemmer stemmer, String word) {
        if (word.chars().noneMatch(Character::isLetter) || word.startsWith("'") || word.equals("n't")) {
            return word;
        }
        return stemmer.stem(word);
    }
}
