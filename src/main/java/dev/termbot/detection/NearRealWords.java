package dev.termbot.detection;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Real words one edit away from a watched form ("attach" and "attached" next to "attack" and
 * "attacked"). They are spelled right, so they are never read as typos of the watched word.
 *
 * <p>Each real word is widened with its regular inflections ({@link EnglishForms}). Most words are
 * ruled out cheaply: a one-edit neighbour of a word of five or more letters shares its first two or
 * its last two letters. Build time only; stateless.
 */
final class NearRealWords {
    private NearRealWords() {
    }

    /**
     * @param forms     every watched form by id
     * @param formIds   the same forms by text (a form is never denied)
     * @param realWords real words, lowercase
     */
    static Set<String> of(char[][] forms, Map<String, Integer> formIds, Collection<String> realWords) {
        List<Integer> eligible = IntStream.range(0, forms.length)
                .filter(id -> forms[id].length >= TypoIndex.MIN_LENGTH).boxed().toList();
        Set<Integer> firstTwo = new HashSet<>();
        Set<Integer> lastTwo = new HashSet<>();
        for (int id : eligible) {
            firstTwo.add(pair(forms[id], 0));
            lastTwo.add(pair(forms[id], forms[id].length - 2));
        }
        TypoIndex anyForm = new TypoIndex(forms, eligible);
        int[] found = new int[1];
        Set<String> denied = new LinkedHashSet<>();
        for (String word : realWords) {
            Set<String> spellings = EnglishForms.all(word);
            spellings.add(word);
            for (String spelling : spellings) {
                char[] w = spelling.toCharArray();
                if (w.length >= TypoIndex.MIN_LENGTH && w.length < FoldedText.CAPACITY
                        && (firstTwo.contains(pair(w, 0)) || lastTwo.contains(pair(w, w.length - 2)))
                        && !formIds.containsKey(spelling)
                        && anyForm.collect(w, found) > 0) {
                    denied.add(spelling);
                }
            }
        }
        return denied;
    }

    private static int pair(char[] w, int at) {
        return w[at] << 16 | w[at + 1];
    }
}
