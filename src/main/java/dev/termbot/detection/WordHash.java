package dev.termbot.detection;

/**
 * Hashes of folded chars, shared by the word table and the typo index. A polynomial hash is used
 * because the hash of a suffix falls out of the whole word's hash and a prefix's hash with one
 * multiplication, so a typo lookup never re-reads the end of the word. Stateless.
 */
final class WordHash {
    static final long BASE = 31;
    private static final long[] POWERS = new long[WordScanner.CAPACITY + 1];

    static {
        POWERS[0] = 1;
        for (int k = 1; k < POWERS.length; k++) {
            POWERS[k] = POWERS[k - 1] * BASE;
        }
    }

    private WordHash() {
    }

    /** The polynomial hash of {@code w[from, to)}. */
    static long polynomial(char[] w, int from, int to) {
        long h = 0;
        for (int k = from; k < to; k++) {
            h = BASE * h + w[k];
        }
        return h;
    }

    /** The polynomial hash of {@code w[from, to)} given the hashes of {@code w[0, from)} and {@code w[0, to)}. */
    static long suffix(long hashTo, long hashFrom, int length) {
        return hashTo - hashFrom * POWERS[length];
    }

    /** A salted, well-mixed key from a polynomial hash: its low bits pick slots, its high bits filter bits. */
    static long key(long polynomial, long salt) {
        long h = polynomial ^ salt * 0x9E3779B97F4A7C15L;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return (h ^ (h >>> 33)) | 1; // 0 marks an empty slot
    }
}
