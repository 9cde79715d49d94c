package dev.termbot.detection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the watched word forms within one edit (Damerau) of a word, without comparing it against
 * the vocabulary and without storing hundreds of typo variants per word.
 *
 * <p>The trick (see {@link EndKeys}): a word of length {@code n} one edit from a form keeps intact
 * its first {@code p} or its last {@code s} chars, {@code p + s = n - 1}. Each form is filed under
 * its prefix and suffix keys for the three word lengths it can meet (its own, one less, one more);
 * a word looks up its own two keys and checks the few forms found, first on their letter
 * signatures, then with {@link OneEdit}.
 *
 * <p>Words shorter than {@link #MIN_LENGTH} get no typo tolerance: too many short words are one
 * edit from another real word. Immutable and thread-safe.
 */
final class TypoIndex {
    static final int MIN_LENGTH = 5;
    /** What {@link #collect} answers when a form equals the word. */
    static final int EQUAL = -1;

    private final char[][] forms;
    private final long[] letters;
    private final KeyedBuckets byKey;

    /**
     * @param forms every form by id
     * @param ids   ids of the forms this index answers for
     */
    TypoIndex(char[][] forms, Collection<Integer> ids) {
        this.forms = forms;
        this.letters = new long[forms.length];
        Map<Long, List<Integer>> filed = new LinkedHashMap<>();
        for (int id : ids) {
            char[] form = forms[id];
            letters[id] = letters(form, 0, form.length);
            int length = form.length;
            if (length < MIN_LENGTH || length >= FoldedText.CAPACITY) {
                continue;
            }
            char[] padded = EndKeys.padded(form, length);
            for (int n = Math.max(MIN_LENGTH, length - 1); n <= length + 1; n++) {
                file(filed, EndKeys.prefix(n, EndKeys.pack(padded, 0)), id);
                file(filed, EndKeys.suffix(n, EndKeys.pack(padded, length - EndKeys.suffixStart(n))), id);
            }
        }
        byKey = new KeyedBuckets(filed);
    }

    private static void file(Map<Long, List<Integer>> filed, long key, int id) {
        List<Integer> bucket = filed.computeIfAbsent(key, k -> new ArrayList<>());
        if (!bucket.contains(id)) {
            bucket.add(id);
        }
    }

    /**
     * Puts in {@code out} the ids of the forms within one edit of the folded word
     * {@code w[from, from + n)} and returns how many; stops when {@code out} is full. A form equal
     * to the word is the only one returned, as {@link #EQUAL} with the form in {@code out[0]}:
     * "attack" is the word "attack", not a typo of "attacks". {@code w} has room after the word
     * for {@link EndKeys#pack}.
     */
    int collect(char[] w, int from, int n, int[] out) {
        if (n < MIN_LENGTH || n > FoldedText.CAPACITY) {
            return 0;
        }
        long byPrefix = byKey.span(EndKeys.prefix(n, EndKeys.pack(w, from)));
        long bySuffix = byKey.span(EndKeys.suffix(n, EndKeys.pack(w, from + n - EndKeys.suffixStart(n))));
        if (byPrefix == KeyedBuckets.NOTHING && bySuffix == KeyedBuckets.NOTHING) {
            return 0; // the letter signature below is never needed
        }
        long wordLetters = letters(w, from, n);
        int count = 0;
        // both buckets in one loop, not a helper called twice: the JIT inlines this method into the
        // scan, and would not inline such a helper into it
        for (int side = 0; side < 2; side++) {
            long span = side == 0 ? byPrefix : bySuffix;
            for (int k = (int) (span >>> 32), end = k + (int) span; k < end; k++) {
                int id = byKey.id(k);
                if (!mayBeOneEdit(wordLetters, letters[id])) {
                    continue; // most forms: the signature alone rules them out
                }
                char[] form = forms[id];
                if (OneEdit.same(form, w, from, n)) {
                    // an equal form is filed under the word's own prefix key: met on the first side
                    out[0] = id;
                    return EQUAL;
                }
                if (count < out.length && !contains(out, count, id) && OneEdit.within(w, from, n, form)) {
                    out[count++] = id;
                }
            }
        }
        return count;
    }

    /**
     * The letter signature of {@code w[from, from + n)}: one bit per {@code char % 64} that occurs.
     * One edit changes at most two of its bits, so comparing signatures rules out most forms
     * before {@link OneEdit} looks at them.
     */
    static long letters(char[] w, int from, int n) {
        long bits = 0;
        for (int k = from; k < from + n; k++) {
            bits |= 1L << w[k]; // the shift distance is taken modulo 64
        }
        return bits;
    }

    private static boolean mayBeOneEdit(long a, long b) {
        return Long.bitCount(a ^ b) <= 2;
    }

    static boolean contains(int[] ids, int count, int id) {
        for (int k = 0; k < count; k++) {
            if (ids[k] == id) {
                return true;
            }
        }
        return false;
    }
}
