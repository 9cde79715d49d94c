package dev.termbot.detection;

import java.util.Collection;

/**
 * Finds the watched word forms within one edit (Damerau) of a word, without comparing it against
 * the vocabulary and without storing hundreds of typo variants per word.
 *
 * <p>The trick: one edit touches at most two neighbouring chars, so for a query of length {@code n}
 * either its first {@code p} or its last {@code s} chars are intact, with {@code p + s = n - 1}.
 * Each form is filed under those prefixes and suffixes for the three query lengths it can meet (its
 * own length, one less, one more); a query looks up its own prefix and suffix (two probes, usually
 * stopped by a bit filter) and verifies the few forms found with {@link OneEdit}.
 *
 * <p>Words shorter than {@link #MIN_LENGTH} get no typo tolerance: too many short words are one
 * edit from another real word. Immutable and thread-safe.
 */
final class TypoIndex {
    static final int MIN_LENGTH = 5;

    private final char[][] forms;
    private final long[] letters;
    private final long[] keys;
    private final int[][] buckets;
    private final int mask;
    private final long[] filter;
    private final int filterMask;
    /** One bit per (query length, first two or last two chars) that some form can meet; see {@link #endsMayMatch}. */
    private final long[] ends = new long[2 * ENDS_LENGTHS * 1024 / 64];
    private static final int ENDS_LENGTHS = 32;

    /**
     * @param forms every form by id
     * @param ids   ids of the forms this index answers for
     */
    TypoIndex(char[][] forms, Collection<Integer> ids) {
        this.forms = forms;
        this.letters = new long[forms.length];
        for (int id = 0; id < forms.length; id++) {
            this.letters[id] = WordBuffer.letters(forms[id], forms[id].length);
        }
        int filings = ids.size() * 6;
        int slots = Integer.highestOneBit(Math.max(4, filings) * 2 - 1) * 2;
        keys = new long[slots];
        buckets = new int[slots][];
        mask = slots - 1;
        int filterBits = Math.max(64, Integer.highestOneBit(Math.max(1, filings) * 16 - 1) * 2);
        filter = new long[filterBits >>> 6];
        filterMask = filterBits - 1;
        // two passes over primitive arrays rather than a map of boxed lists: count, then fill
        int[] sizes = new int[slots];
        ids.forEach(id -> file(id, (slot, form) -> sizes[slot]++));
        for (int slot = 0; slot < slots; slot++) {
            buckets[slot] = sizes[slot] == 0 ? null : new int[sizes[slot]];
            sizes[slot] = 0;
        }
        ids.forEach(id -> file(id, (slot, form) -> buckets[slot][sizes[slot]++] = form));
    }

    /** Where a filing goes: the slot of its key, and the form filed there. */
    private interface Filing {
        void at(int slot, int form);
    }

    /** Files form {@code id} under its prefix and suffix keys for each query length it can meet. */
    private void file(int id, Filing filing) {
        char[] w = forms[id];
        if (w.length < MIN_LENGTH) {
            return;
        }
        for (int n = Math.max(MIN_LENGTH, w.length - 1); n <= w.length + 1; n++) {
            markEnds(n, w, w.length);
            int p = prefixLength(n);
            int s = n - 1 - p;
            filing.at(slotFor(key(n, false, WordHash.polynomial(w, 0, p))), id);
            filing.at(slotFor(key(n, true, WordHash.polynomial(w, w.length - s, w.length))), id);
        }
    }

    /** The slot holding {@code key}, claimed for it if new. */
    private int slotFor(long key) {
        int bit = (int) (key >>> 40) & filterMask;
        filter[bit >>> 6] |= 1L << bit;
        int slot = (int) (key >>> 1) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        return slot;
    }

    /** Like {@link #collect(WordBuffer, int, int[], int)} for a word given as chars (build time). */
    int collect(char[] q, int[] out, int count) {
        return collect(q, new WordBuffer(), out, count);
    }

    /** The same, reusing {@code word} as scratch space. */
    int collect(char[] q, WordBuffer word, int[] out, int count) {
        int len = Math.min(q.length, WordScanner.CAPACITY);
        System.arraycopy(q, 0, word.chars, 0, len);
        word.hash = WordHash.polynomial(q, 0, len);
        return collect(word, q.length, out, count);
    }

    /**
     * Adds to {@code out} (from {@code count}) the ids of the forms within one edit of the word,
     * unless already there; returns the new count. Stops when {@code out} is full.
     */
    int collect(WordBuffer word, int len, int[] out, int count) {
        if (len < MIN_LENGTH || len > WordScanner.CAPACITY) {
            return count;
        }
        if (!endsMayMatch(word.chars, len)) {
            return count;
        }
        int p = prefixLength(len);
        long prefix = WordHash.polynomial(word.chars, 0, p);
        int prefixSlot = slotOf(key(len, false, prefix));
        // the suffix after p + 1 chars, from the whole word's hash: no second pass over the word
        long suffix = WordHash.suffix(word.hash, WordHash.BASE * prefix + word.chars[p], len - p - 1);
        int suffixSlot = slotOf(key(len, true, suffix));
        if (prefixSlot < 0 && suffixSlot < 0) {
            return count; // most words: the letter signature below is never needed
        }
        long queryLetters = WordBuffer.letters(word.chars, len);
        count = collectBucket(prefixSlot, word.chars, len, queryLetters, out, count);
        return collectBucket(suffixSlot, word.chars, len, queryLetters, out, count);
    }

    /**
     * A cheap, sound pre-check before any hashing: a form within one edit of a query of length
     * {@code n >= 5} keeps the query's first {@code p} or last {@code n - 1 - p} chars (see the
     * class comment), both at least two, so it shares the query's first two or last two chars.
     * False answers are certain; true answers are merely likely (chars are kept modulo 32, long
     * lengths share a class).
     */
    boolean endsMayMatch(char[] q, int n) {
        return hasEnd(endBit(n, false, q[0], q[1])) || hasEnd(endBit(n, true, q[n - 2], q[n - 1]));
    }

    /** Files the first two and last two chars of {@code w[0, len)} for queries of length {@code n}. */
    private void markEnds(int n, char[] w, int len) {
        int first = endBit(n, false, w[0], w[1]);
        int last = endBit(n, true, w[len - 2], w[len - 1]);
        ends[first >>> 6] |= 1L << first;
        ends[last >>> 6] |= 1L << last;
    }

    private boolean hasEnd(int bit) {
        return (ends[bit >>> 6] & (1L << bit)) != 0;
    }

    private static int endBit(int n, boolean suffix, char a, char b) {
        int lengthClass = Math.min(n, ENDS_LENGTHS - 1);
        return ((suffix ? ENDS_LENGTHS : 0) + lengthClass) << 10 | (a & 31) << 5 | (b & 31);
    }

    /** The slot filed under {@code key}, or -1. */
    private int slotOf(long key) {
        int bit = (int) (key >>> 40) & filterMask;
        if ((filter[bit >>> 6] & (1L << bit)) == 0) {
            return -1;
        }
        for (int slot = (int) (key >>> 1) & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return slot;
            }
        }
        return -1;
    }

    private int collectBucket(int slot, char[] q, int len, long queryLetters, int[] out, int count) {
        if (slot < 0) {
            return count;
        }
        for (int id : buckets[slot]) {
            if (count < out.length && WordBuffer.mayBeOneEdit(queryLetters, letters[id])
                    && !contains(out, count, id) && OneEdit.within(q, len, forms[id])) {
                out[count++] = id;
            }
        }
        return count;
    }

    static boolean contains(int[] ids, int count, int id) {
        for (int k = 0; k < count; k++) {
            if (ids[k] == id) {
                return true;
            }
        }
        return false;
    }

    /** Chars of a query of this length that are intact at the start when its typo is further on. */
    static int prefixLength(int queryLength) {
        return (queryLength - 1) / 2;
    }

    private static long key(int queryLength, boolean suffix, long hash) {
        return WordHash.key(hash, queryLength << 1 | (suffix ? 1 : 0));
    }
}
