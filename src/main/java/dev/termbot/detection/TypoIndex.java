package dev.termbot.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the watched word forms within one edit (Damerau) of a word, without computing edit
 * distances against the whole vocabulary and without storing hundreds of typo variants per word.
 *
 * <p>The trick: one edit touches at most two neighbouring chars, so for a query of length {@code n}
 * either its first {@code p} or its last {@code s} chars are intact, with {@code p + s = n - 1}.
 * Each form is filed under those prefixes and suffixes for the three query lengths it can have
 * (its own length, one shorter, one longer); a query looks up its own prefix and suffix (two
 * probes, usually stopped by a bit filter) and verifies the few forms found with {@link OneEdit}.
 *
 * <p>Words shorter than {@link #MIN_LENGTH} get no typo tolerance: too many short words are one
 * edit from another real word. Immutable and thread-safe.
 */
final class TypoIndex {
    static final int MIN_LENGTH = 5;
    private static final long PREFIX = 0x5052L;
    private static final long SUFFIX = 0x5355L;

    private final char[][] forms;
    private final long[] keys;
    private final int[][] buckets;
    private final int mask;
    private final long[] filter;
    private final int filterMask;

    /**
     * @param forms    every form by id
     * @param eligible ids of the forms this index answers for
     */
    TypoIndex(char[][] forms, List<Integer> eligible) {
        this.forms = forms;
        Map<Long, List<Integer>> byKey = new HashMap<>();
        for (int id : eligible) {
            char[] w = forms[id];
            if (w.length < MIN_LENGTH) {
                continue;
            }
            for (int n = w.length - 1; n <= w.length + 1; n++) {
                if (n >= MIN_LENGTH) {
                    int p = prefixLength(n);
                    byKey.computeIfAbsent(prefixKey(w, p, n), k -> new ArrayList<>()).add(id);
                    byKey.computeIfAbsent(suffixKey(w, w.length, n - 1 - p, n), k -> new ArrayList<>()).add(id);
                }
            }
        }
        int slots = Integer.highestOneBit(Math.max(4, byKey.size()) * 4 - 1);
        keys = new long[slots];
        buckets = new int[slots][];
        mask = slots - 1;
        int filterBits = Math.max(64, Integer.highestOneBit(Math.max(1, byKey.size()) * 32 - 1));
        filter = new long[filterBits >>> 6];
        filterMask = filterBits - 1;
        byKey.forEach((key, ids) -> put(key, ids.stream().distinct().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * Adds to {@code out} (from {@code count}) the ids of forms within one edit of {@code q[0, len)}
     * that are not there yet; returns the new count. Stops when {@code out} is full.
     */
    int collect(char[] q, int len, int[] out, int count) {
        if (len < MIN_LENGTH || len > WordScanner.CAPACITY) {
            return count;
        }
        int p = prefixLength(len);
        count = collectBucket(prefixKey(q, p, len), q, len, out, count);
        return collectBucket(suffixKey(q, len, len - 1 - p, len), q, len, out, count);
    }

    private int collectBucket(long key, char[] q, int len, int[] out, int count) {
        int bit = (int) (key >>> 32) & filterMask;
        if ((filter[bit >>> 6] & (1L << bit)) == 0) {
            return count;
        }
        for (int slot = (int) (key >>> 8) & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                for (int id : buckets[slot]) {
                    if (count < out.length && !contains(out, count, id) && OneEdit.within(q, len, forms[id])) {
                        out[count++] = id;
                    }
                }
                return count;
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

    private static int prefixLength(int queryLength) {
        return (queryLength - 1) / 2;
    }

    private static long prefixKey(char[] w, int p, int queryLength) {
        return WordHash.of(w, 0, p, PREFIX + 31L * queryLength) | 1; // 0 marks an empty slot
    }

    private static long suffixKey(char[] w, int wLen, int s, int queryLength) {
        return WordHash.of(w, wLen - s, wLen, SUFFIX + 31L * queryLength) | 1;
    }

    private void put(long key, int[] ids) {
        int bit = (int) (key >>> 32) & filterMask;
        filter[bit >>> 6] |= 1L << bit;
        int slot = (int) (key >>> 8) & mask;
        while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        buckets[slot] = ids;
    }
}
