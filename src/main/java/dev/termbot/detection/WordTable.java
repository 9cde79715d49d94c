package dev.termbot.detection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact lookup of a folded word: the id of a watched word form, {@link #DENIED} for a real word
 * that must never count as a typo of a watched one, or {@link #NONE}.
 *
 * <p>Words are filed under a key of their length and their first and last three chars, which
 * costs no hashing of the whole word yet spreads thousands of real words thinly; the few words
 * sharing a key are compared char by char, so nothing but an equal word is ever found. Immutable
 * and thread-safe.
 */
final class WordTable {
    static final int NONE = -1;
    static final int DENIED = -2;

    private final char[][] words;
    private final int[] values;
    private final KeyedBuckets byKey;

    /** @param entries folded word to form id (>= 0) or {@link #DENIED} */
    WordTable(Map<String, Integer> entries) {
        words = new char[entries.size()][];
        values = new int[entries.size()];
        Map<Long, List<Integer>> filed = new LinkedHashMap<>();
        int k = 0;
        for (Map.Entry<String, Integer> entry : entries.entrySet()) {
            char[] w = entry.getKey().toCharArray();
            words[k] = w;
            values[k] = entry.getValue();
            if (w.length >= 1 && w.length <= FoldedText.CAPACITY) {
                char[] padded = EndKeys.padded(w, w.length);
                long key = key(padded, 0, w.length);
                filed.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
            }
            k++;
        }
        byKey = new KeyedBuckets(filed);
    }

    /**
     * The value for the folded word {@code w[from, from + n)}, {@code n} at most
     * {@link FoldedText#CAPACITY}, with room after it for {@link EndKeys#pack}.
     */
    int find(char[] w, int from, int n) {
        int[] bucket = byKey.get(key(w, from, n));
        if (bucket == null) {
            return NONE;
        }
        for (int entry : bucket) {
            if (OneEdit.same(words[entry], w, from, n)) {
                return values[entry];
            }
        }
        return NONE;
    }

    /** Length and first three chars (the prefix key), mixed with the last three chars; never 0. */
    private static long key(char[] w, int from, int n) {
        long last = n >= 3 ? EndKeys.pack(w, from + n - 3) : 0;
        return (EndKeys.prefix(n, EndKeys.pack(w, from)) ^ last * 0xC2B2AE3D27D4EB4FL) | 1;
    }
}
