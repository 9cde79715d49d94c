package dev.termbot.detection;

import java.util.Map;

/**
 * Exact lookup of a folded word: the id of a watched word form, {@link #DENIED} for a real word
 * that must never count as a typo of a watched one, or {@link #NONE}.
 *
 * <p>A word's key is its length and its first and last three chars, which costs no hashing of the
 * whole word. The table is laid out for the cache: open addressing over one {@code long[]} that
 * holds each slot's key next to where its word's chars start and what it maps to, and all words'
 * chars in one {@code char[]}, so a lookup reads two places, not a chain of small objects. Words
 * sharing a key sit in neighbouring slots and are told apart char by char, so nothing but an equal
 * word is ever found. Immutable and thread-safe.
 */
final class WordTable {
    static final int NONE = -1;
    static final int DENIED = -2;

    /** Per slot: the key (0 for an empty slot), then offset (high 24 bits), length (8), value (32). */
    private final long[] slots;
    private final char[] chars;
    private final int shift;
    private final int mask;

    /** @param entries folded word to form id (>= 0) or {@link #DENIED} */
    WordTable(Map<String, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size()) * 2 - 1) * 2; // at most half full
        slots = new long[2 * capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        mask = capacity - 1;
        chars = new char[entries.keySet().stream().mapToInt(String::length).sum()];
        int offset = 0;
        for (Map.Entry<String, Integer> entry : entries.entrySet()) {
            char[] w = entry.getKey().toCharArray();
            if (w.length < 1 || w.length > FoldedText.CAPACITY) {
                continue;
            }
            if (offset + w.length > 1 << 24) {
                throw new IllegalArgumentException("too many words for one word table: " + entries.size());
            }
            System.arraycopy(w, 0, chars, offset, w.length);
            long key = key(EndKeys.padded(w, w.length), 0, w.length);
            int slot = EndKeys.slot(key, shift);
            while (slots[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = key;
            slots[2 * slot + 1] = (long) offset << 40 | (long) w.length << 32 | (entry.getValue() & 0xFFFF_FFFFL);
            offset += w.length;
        }
    }

    /**
     * The value for the folded word {@code w[from, from + n)}, {@code n} at most
     * {@link FoldedText#CAPACITY}, with room after it for {@link EndKeys#pack}.
     */
    int find(char[] w, int from, int n) {
        long key = key(w, from, n);
        for (int slot = EndKeys.slot(key, shift); ; slot = (slot + 1) & mask) {
            long stored = slots[2 * slot];
            if (stored == 0) {
                return NONE;
            }
            if (stored == key) {
                long entry = slots[2 * slot + 1];
                if ((int) (entry >>> 32 & 0xFF) == n && same(w, from, n, (int) (entry >>> 40))) {
                    return (int) entry;
                }
            }
        }
    }

    private boolean same(char[] w, int from, int n, int offset) {
        for (int k = 0; k < n; k++) {
            if (chars[offset + k] != w[from + k]) {
                return false;
            }
        }
        return true;
    }

    /** Length and first three chars (the prefix key), mixed with the last three chars; never 0. */
    private static long key(char[] w, int from, int n) {
        long last = n >= 3 ? EndKeys.pack(w, from + n - 3) : 0;
        return (EndKeys.prefix(n, EndKeys.pack(w, from)) ^ last * 0xC2B2AE3D27D4EB4FL) | 1;
    }
}
