package dev.termbot.detection;

/**
 * The current word as {@link WordScanner} folds it: its chars and their polynomial hash, computed
 * in the same loop so that looking the word up costs no second pass. Only the first
 * {@link WordScanner#CAPACITY} chars are kept. Reused per thread through {@link Workspace}; not
 * thread-safe.
 */
final class WordBuffer {
    final char[] chars = new char[WordScanner.CAPACITY];
    /** {@link WordHash#polynomial} of the stored chars. */
    long hash;

    /**
     * The letter signature of {@code w[0, len)}: one bit per {@code char % 64} that occurs. One edit changes at most two of its bits, so
     * comparing signatures rules out most non-matches before {@link OneEdit} looks at them.
     */
    static long letters(char[] w, int len) {
        long bits = 0;
        for (int k = 0; k < len; k++) {
            bits |= 1L << w[k]; // the shift distance is taken modulo 64
        }
        return bits;
    }

    static boolean mayBeOneEdit(long lettersA, long lettersB) {
        return Long.bitCount(lettersA ^ lettersB) <= 2;
    }
}
