package dev.termbot.detection;

/**
 * The current word as {@link WordScanner} folds it: its chars, and the polynomial hash of every
 * prefix ({@code hashes[k]} covers {@code chars[0, k)}), computed in the same loop so that the word's
 * key and its typo keys cost no second pass. Only the first {@link WordScanner#CAPACITY} chars are
 * kept. One per {@code detect} call; not thread-safe.
 */
final class WordBuffer {
    final char[] chars = new char[WordScanner.CAPACITY];
    final long[] hashes = new long[WordScanner.CAPACITY + 1];

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
