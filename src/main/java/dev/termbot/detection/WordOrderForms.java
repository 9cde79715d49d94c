package dev.termbot.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The forms of each word of a rule's word order, taken from the phrase it reorders: "attack by
 * distillation" reorders "distillation attack", so its "attack" takes the forms of the phrase's
 * "attack" ("attacks") and "by" stands for itself. Build time only. Stateless.
 */
final class WordOrderForms {
    private WordOrderForms() {
    }

    /**
     * One form set per word of {@code order}, or null when {@code order} does not hold every word
     * of {@code phrase} (a word repeated in the phrase must be repeated in the order too).
     */
    static List<Set<String>> map(List<String> order, List<String> phrase, List<Set<String>> phraseForms) {
        boolean[] used = new boolean[phrase.size()];
        List<Set<String>> forms = new ArrayList<>(order.size());
        for (String word : order) {
            int k = unused(phrase, used, word);
            if (k >= 0) {
                used[k] = true;
            }
            forms.add(k >= 0 ? phraseForms.get(k) : Set.of(word));
        }
        for (boolean u : used) {
            if (!u) {
                return null;
            }
        }
        return forms;
    }

    private static int unused(List<String> phrase, boolean[] used, String word) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!used[k] && phrase.get(k).equals(word)) {
                return k;
            }
        }
        return -1;
    }
}
