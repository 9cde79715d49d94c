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

    /** @param forms the folded chars of every watched form */
    WordGate(char[][] forms) {
        int filings = forms.length * 7; // its own length's prefix, and three lengths' two ends
        int size = Math.max(1 << 16, Integer.highestOneBit(Math.max(1, filings) * 32 - 1) * 2);
        bits = new long[size >>> 6];
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
        for (int n = Math.max(TypoIndex.MIN_LENGTH, length - 1); n <= length + 1; n++) {
            set(EndKeys.prefix(n, EndKeys.pack(padded, 0)));
            set(EndKeys.suffix(n, EndKeys.pack(padded, length - EndKeys.suffixStart(n))));
        }
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
