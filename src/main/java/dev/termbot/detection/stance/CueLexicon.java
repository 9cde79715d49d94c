package dev.termbot.detection.stance;

import dev.termbot.core.CueFamily;
import dev.termbot.core.StanceCues;
import opennlp.tools.stemmer.PorterStemmer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One rule's cue words by family; answers "does a cue of this family stand here?" for a
 * {@link Sentence}. A cue matches a run of tokens when each of its words equals the token as
 * written, or has the same Porter stem ("call" finds "calling" and "called"). Immutable and
 * thread-safe once built.
 */
final class CueLexicon {
    // short words stem onto unrelated ones ("tos" and "to" share the stem "to"): below this length a
    // message word must match a cue word as written
    private static final int MIN_STEMMED = 3;

    /** One cue: its words as written (lower case) and their stems, split like message tokens. */
    record Cue(String[] words, String[] stems) {
        int length() {
            return words.length;
        }
    }

    private final Map<CueFamily, List<Cue>> cues;

    private CueLexicon(Map<CueFamily, List<Cue>> cues) {
        this.cues = cues;
    }

    static CueLexicon of(StanceCues source) {
        PorterStemmer stemmer = new PorterStemmer();
        Map<CueFamily, List<Cue>> cues = new EnumMap<>(CueFamily.class);
        for (CueFamily family : CueFamily.values()) {
            List<Cue> read = new ArrayList<>();
            for (String text : source.of(family)) {
                String[] words = CueWords.words(text);
                String[] stems = CueWords.stems(text, stemmer);
                if (words.length > 0 && words.length == stems.length) {
                    read.add(new Cue(words, stems));
                }
            }
            cues.put(family, List.copyOf(read));
        }
        return new CueLexicon(cues);
    }

    List<Cue> of(CueFamily family) {
        return cues.getOrDefault(family, List.of());
    }

    /** Length in tokens of the longest cue of {@code family} starting at token {@code i}; 0 when none. */
    int matchAt(Sentence sentence, CueFamily family, int i) {
        int longest = 0;
        for (Cue cue : of(family)) {
            if (cue.length() > longest && matches(sentence, cue, i)) {
                longest = cue.length();
            }
        }
        return longest;
    }

    /** Start of a cue of {@code family} that ends right before token {@code end}; -1 when none. */
    int endingAt(Sentence sentence, CueFamily family, int end) {
        for (Cue cue : of(family)) {
            int start = end - cue.length();
            if (start >= 0 && matches(sentence, cue, start)) {
                return start;
            }
        }
        return -1;
    }

    /** First token in {@code [from, to)} where a whole cue of {@code family} fits before {@code to}; -1 when none. */
    int find(Sentence sentence, CueFamily family, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, sentence.size()); i++) {
            int length = matchAt(sentence, family, i);
            if (length > 0 && i + length <= to) {
                return i;
            }
        }
        return -1;
    }

    boolean anyIn(Sentence sentence, CueFamily family, int from, int to) {
        return find(sentence, family, from, to) >= 0;
    }

    private static boolean matches(Sentence sentence, Cue cue, int at) {
        if (at < 0 || at + cue.length() > sentence.size()) {
            return false;
        }
        for (int k = 0; k < cue.length(); k++) {
            String word = sentence.word(at + k);
            String written = cue.words()[k];
            // same stem, and not a shorter word: "load" shares the stem of "loaded" but is not a judgement
            boolean same = written.equals(word)
                    || (word.length() >= MIN_STEMMED && written.length() >= MIN_STEMMED
                    && word.length() >= written.length() - 1 && cue.stems()[k].equals(sentence.stem(at + k)));
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
