package dev.termbot.detection;

/**
 * The first question asked of every word, before any lookup: could it be a watched form, or one
 * edit away from one? Most chat words cannot, and this answers "no" for them with two reads from
 * a bitmap small enough to stay in the L1 cache.
 *
 * <p>Why it is sound: {@link WordTable} and {@link TypoIndex} only ever find a form under the
 * word's own {@link EndKeys} prefix or suffix key, and every key a form is filed under has its bit
 * set here. A "yes" is only a maybe (other keys share the bit); those two decide.
 *
 * <p>Immutable and thread-safe.
 */
final class WordGate {
    private final long[] bits;
    private final int shift;
    /** The second test's bitmap: see {@link #passesCloser}. */
    private final long[] templates;

    /** @param forms the folded chars of every watched form */
    WordGate(char[][] forms) {
        int filings = forms.length * 7; // its own length's prefix, and three lengths' two ends
        int size = Math.max(1 << 16, Integer.highestOneBit(Math.max(1, filings) * 32 - 1) * 2);
        bits = new long[size >>> 6];
        templates = new long[size >>> 6];
        shift = 64 - Integer.numberOfTrailingZeros(size);
        for (char[] form : forms) {
            file(form);
        }
    }

    private void file(char[] form) {
        int length = form.length;
        if (length < 1 || length >= FoldedText.CAPACITY) {
            return;
        }
        char[] padded = EndKeys.padded(form, length);
        set(EndKeys.prefix(length, EndKeys.pack(padded, 0))); // the form itself, at its own length
        if (length < TypoIndex.MIN_LENGTH) {
            return;
        }
        long first = EndKeys.pack(padded, 0);
        long last = EndKeys.pack(padded, length - 3);
        for (int n = Math.max(TypoIndex.MIN_LENGTH, length - 1); n <= length + 1; n++) {
            set(EndKeys.prefix(n, first));
            set(EndKeys.suffix(n, EndKeys.pack(padded, length - EndKeys.suffixStart(n))));
            for (int template = 0; template < 4; template++) {
                int bit = EndKeys.slot(template(n, template, first, last), shift);
                templates[bit >>> 6] |= 1L << bit;
            }
        }
    }

    /**
     * The second, closer test, for the words that passed {@link #passes}: three chars from each
     * typo-eligible word's ends instead of two. A word of length {@code n >= 5} one edit from a
     * form (the edit at position {@code i}, touching at most two chars) keeps intact its first
     * three chars if {@code i >= 3}, its first two and last one if {@code i = 2}, its first one
     * and last two if {@code i = 1}, and its last three if {@code i = 0}; and those are the form's
     * own first and last chars. Four keys, one per case, are filed for each form; a word none of
     * whose four keys is filed cannot be a typo of it. (The first test's prefix and suffix, split
     * at the middle, have only two chars for words of five or six letters, and most chat words that
     * pass it are that short.) Shorter words pass: they are looked up exactly anyway.
     */
    boolean passesCloser(char[] w, int from, int n) {
        if (n < TypoIndex.MIN_LENGTH) {
            return true;
        }
        long first = EndKeys.pack(w, from);
        long last = EndKeys.pack(w, from + n - 3);
        int length = Math.min(n, FoldedText.CAPACITY + 1);
        return filed(template(length, 0, first, last)) || filed(template(length, 1, first, last))
                || filed(template(length, 2, first, last)) || filed(template(length, 3, first, last));
    }

    /** Key of template {@code t}: the first {@code 3 - t} chars of {@code first}, the last {@code t} of {@code last}. */
    private static long template(int n, int t, long first, long last) {
        long keep = 0xFFFF_FFFF_FFFFL << (16 * t) & 0xFFFF_FFFF_FFFFL;
        return (long) (n << 2 | t) << 48 | first & keep | last & ~keep & 0xFFFF_FFFF_FFFFL;
    }

    private boolean filed(long key) {
        int bit = EndKeys.slot(key, shift);
        return (templates[bit >>> 6] & (1L << bit)) != 0;
    }

    /**
     * 1 if the folded word {@code w[from, from + n)} may be a watched form or a typo of one, else
     * 0; {@code n} is 1 to {@link FoldedText#CAPACITY} + 1 and {@code w} has room after the word
     * for {@link EndKeys#pack}. No branches: whether a word passes is as good as random to the CPU,
     * so a branch here would be mispredicted about once every three words. (For a word too short
     * for typos, the "suffix" key is its prefix key again.)
     */
    int passes(char[] w, int from, int n) {
        return test(EndKeys.prefix(n, EndKeys.pack(w, from)))
                | test(EndKeys.suffix(n, EndKeys.pack(w, from + n - EndKeys.suffixStart(n))));
    }

    private void set(long key) {
        int bit = EndKeys.slot(key, shift);
        bits[bit >>> 6] |= 1L << bit;
    }

    private int test(long key) {
        int bit = EndKeys.slot(key, shift);
        return (int) (bits[bit >>> 6] >>> bit) & 1; // the shift distance is taken modulo 64
    }
}
