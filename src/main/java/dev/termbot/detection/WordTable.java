package dev.termbot.detection;

import java.util.Map;

/**
 * Exact lookup of a folded word: the id of a watched word form, {@link #DENIED} for a real word
 * that must never count as a typo of a watched one, or {@link #NONE}.
 *
 * <p>Open addressing over 64-bit hashes, with a bit filter in front so that the common answer
 * ("not a watched word") usually costs one read from a small, cache-resident array. A hash match is
 * confirmed char by char, so collisions cannot produce false hits. Immutable and thread-safe.
 */
final class WordTable {
    static final int NONE = -1;
    static final int DENIED = -2;
    private static final long SALT = 1;

    private final long[] keys;
    private final int[] values;
    private final char[][] words;
    private final int mask;
    private final long[] filter;
    private final int filterMask;

    /** @param entries folded word to form id (>= 0) or {@link #DENIED} */
    WordTable(Map<String, Integer> entries) {
        int slots = Integer.highestOneBit(Math.max(4, entries.size()) * 4 - 1);
        keys = new long[slots];
        values = new int[slots];
        words = new char[slots][];
        mask = slots - 1;
        int filterBits = Math.max(64, Integer.highestOneBit(Math.max(1, entries.size()) * 32 - 1));
        filter = new long[filterBits >>> 6];
        filterMask = filterBits - 1;
        entries.forEach(this::put);
    }

    /** The value for {@code w[0, len)}, whose {@link WordHash#polynomial} is {@code hash}. */
    int find(long hash, char[] w, int len) {
        long key = WordHash.key(hash, SALT);
        int bit = (int) (key >>> 40) & filterMask;
        if ((filter[bit >>> 6] & (1L << bit)) == 0) {
            return NONE;
        }
        for (int slot = (int) (key >>> 1) & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key && sameWord(words[slot], w, len)) {
                return values[slot];
            }
        }
        return NONE;
    }

    private void put(String word, int value) {
        char[] w = word.toCharArray();
        long key = WordHash.key(WordHash.polynomial(w, 0, w.length), SALT);
        int bit = (int) (key >>> 40) & filterMask;
        filter[bit >>> 6] |= 1L << bit;
        int slot = (int) (key >>> 1) & mask;
        while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        words[slot] = w;
    }

    private static boolean sameWord(char[] stored, char[] w, int len) {
        if (stored.length != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (stored[k] != w[k]) {
                return false;
            }
        }
        return true;
    }
}
