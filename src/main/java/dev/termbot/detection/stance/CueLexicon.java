package dev.termbot.detection.stance;

import dev.termbot.core.CueFamily;
import dev.termbot.core.StanceCues;
import opennlp.tools.stemmer.PorterStemmer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One rule's cue words, stemmed, by family; answers "does a cue of this family stand here?" for a
 * {@link Sentence}. A cue matches a run of tokens when each of its words equals the token's stem or
 * the token itself. Immutable and thread-safe once built.
 */
final class CueLexicon {
    private final Map<CueFamily, List<String[]>> cues;

    private CueLexicon(Map<CueFamily, List<String[]>> cues) {
        this.cues = cues;
    }

    static CueLexicon of(StanceCues source) {
        PorterStemmer stemmer = new PorterStemmer();
        Map<CueFamily, List<String[]>> cues = new EnumMap<>(CueFamily.class);
        for (CueFamily family : CueFamily.values()) {
            List<String[]> stemmed = new ArrayList<>();
            for (String cue : source.of(family)) {
                String[] words = CueWords.stems(cue, stemmer);
                if (words.length > 0) {
                    stemmed.add(words);
                }
            }
            cues.put(family, List.copyOf(stemmed));
        }
        return new CueLexicon(cues);
    }

    List<String[]> of(CueFamily family) {
        return cues.getOrDefault(family, List.of());
    }

    /** Length in tokens of the longest cue of {@code family} starting at token {@code i}; 0 when none. */
    int matchAt(Sentence sentence, CueFamily family, int i) {
        int longest = 0;
        for (String[] cue : of(family)) {
            if (cue.length > longest && matches(sentence, cue, i)) {
                longest = cue.length;
            }
        }
        return longest;
    }

    /** Start of a cue of {@code family} that ends right before token {@code end}; -1 when none. */
    int endingAt(Sentence sentence, CueFamily family, int end) {
        for (String[] cue : of(family)) {
            int start = end - cue.length;
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

    private static boolean matches(Sentence sentence, String[] cue, int at) {
        if (at + cue.length > sentence.size()) {
            return false;
        }
        for (int k = 0; k < cue.length; k++) {
            if (!cue[k].equals(sentence.stem(at + k)) && !cue[k].equals(sentence.word(at + k))) {
                return false;
            }
        }
        return true;
    }
}
