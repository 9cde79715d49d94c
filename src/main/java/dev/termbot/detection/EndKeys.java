package dev.termbot.detection;

/**
 * Keys made of a word's length and its first or last (up to three) folded chars, packed into a
 * long without hashing. They serve three lookups that all start from the same observation: a word
 * of length {@code n >= 5} one edit from a form keeps intact either its first {@code p} or its last
 * {@code s} chars, with {@code p + s = n - 1} (the edit touches at most two neighbouring chars, and
 * the one char between the two parts absorbs a swap). A word equal to a form shares its prefix
 * key at its own length. So {@link WordGate} turns words away on these keys, {@link WordTable} finds
 * exact words under the prefix key and {@link TypoIndex} finds near ones under either key.
 *
 * <p>Keys are cheap to build from chars packed 16 bits each (see {@link FoldedText#packed}): one
 * table read for the length and two bit operations. Stateless.
 */
final class EndKeys {
    /** Chars of each end that go into a key; three keep common endings such as "-ng" apart from "-ing". */
    static final int END_CHARS = 3;
    private static final long KEY_BITS = -1L << 48;
    private static final int LENGTHS = FoldedText.CAPACITY + 2;
    /**
     * By word length {@code n}: the key bits of a prefix in bits 48 and up, and below them the mask
     * that keeps as many of three packed chars as the prefix has. One load per key.
     */
    private static final long[] PREFIX = new long[LENGTHS];
    /** The same for suffixes; for words too short for typos, a copy of the prefix entry. */
    private static final long[] SUFFIX = new long[LENGTHS];
    /** By word length: where the suffix starts, counted back from the word's end. */
    private static final int[] SUFFIX_START = new int[LENGTHS];

    static {
        for (int n = 1; n < LENGTHS; n++) {
            PREFIX[n] = (long) (n << 1) << 48 | mask(Math.min(END_CHARS, n < TypoIndex.MIN_LENGTH ? n : prefixLength(n)));
            if (n < TypoIndex.MIN_LENGTH) {
                // no typos, so no suffix: the prefix again, which keeps callers free of branches
                SUFFIX[n] = PREFIX[n];
                SUFFIX_START[n] = n;
            } else {
                int s = Math.min(END_CHARS, n - 1 - prefixLength(n));
                SUFFIX[n] = (long) (n << 1 | 1) << 48 | mask(s);
                SUFFIX_START[n] = s;
            }
        }
    }

    private EndKeys() {
    }

    /** Chars at the start of a word of this length that stay intact when its typo is further on. */
    static int prefixLength(int n) {
        return (n - 1) / 2;
    }

    /** The prefix key of a word of length {@code n} (1 to {@link FoldedText#CAPACITY} + 1) whose chars from its start are {@code packed}. */
    static long prefix(int n, long packed) {
        long entry = PREFIX[n];
        return entry & KEY_BITS | packed & entry;
    }

    /** The suffix key of a word of length {@code n} whose chars from {@link #suffixStart} are {@code packed}. */
    static long suffix(int n, long packed) {
        long entry = SUFFIX[n];
        return entry & KEY_BITS | packed & entry;
    }

    /** How many chars before the end of a word of length {@code n} its suffix key starts. */
    static int suffixStart(int n) {
        return SUFFIX_START[n];
    }

    /**
     * Three chars from {@code w[k]}, 16 bits each, the first highest. Reads {@code w[k + 2]} even
     * when the word is shorter: callers keep room past their text, and the keys mask it off.
     */
    static long pack(char[] w, int k) {
        return (long) w[k] << 32 | (long) w[k + 1] << 16 | w[k + 2];
    }

    /** {@code w[from, from + n)} with room after it for {@link #pack}; for build-time callers. */
    static char[] padded(char[] w, int n) {
        char[] padded = new char[n + END_CHARS];
        System.arraycopy(w, 0, padded, 0, Math.min(n, w.length));
        return padded;
    }

    /** A well-spread slot for a key in a table of {@code 1 << (64 - shift)} slots. */
    static int slot(long key, int shift) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private static long mask(int count) {
        return -1L << (16 * (END_CHARS - count)) & ~KEY_BITS;
    }
}
