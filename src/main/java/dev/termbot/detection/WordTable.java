package dev.termbot.detection;

import java.util.Map;

/**
 * Exact lookup of a folded word: the id of a watched word form, {@link #DENIED} for a real word
 * that must never count as a typo of a watched one, or {@link #NONE}.
 *
 * <p>A word's key is its length and its first and last three chars, which costs no hashing of the
 * whole word. The table is laid out for the cache: {@link KeySlots} hold each key next to where
 * its word's chars start and what it maps to, and all words' chars sit in one {@code char[]}, so a
 * lookup reads two places, not a chain of small objects. Words sharing a key follow each other
 * along its probe and are told apart char by char, so nothing but an equal word is ever found.
 * Immutable and thread-safe.
 */
final class WordTable {
    static final int NONE = -1;
    static final int DENIED = -2;

    /** Per word: where its chars start (high 24 bits), its length (8) and its value (32). */
    private final KeySlots slots;
    private final char[] chars;

    /** @param entries folded word to form id (>= 0) or {@link #DENIED} */
    WordTable(Map<String, Integer> entries) {
        slots = new KeySlots(entries.size());
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
            slots.put(key(EndKeys.padded(w, w.length), 0, w.length),
                    (long) offset << 40 | (long) w.length << 32 | (entry.getValue() & 0xFFFF_FFFFL));
            offset += w.length;
        }
    }

    /**
     * The value for the folded word {@code w[from, from + n)}, {@code n} at most
     * {@link FoldedText#CAPACITY}, with room after it for {@link EndKeys#pack}.
     */
    int find(char[] w, int from, int n) {
        long key = key(w, from, n);
        for (int slot = slots.first(key); slot >= 0; slot = slots.next(key, slot)) {
            long entry = slots.value(slot);
            if ((int) (entry >>> 32 & 0xFF) == n && same(w, from, n, (int) (entry >>> 40))) {
                return (int) entry;
            }
        }
        return NONE;
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
