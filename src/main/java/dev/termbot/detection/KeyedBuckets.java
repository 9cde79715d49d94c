package dev.termbot.detection;

import java.util.List;
import java.util.Map;

/**
 * An immutable map from an {@link EndKeys} key to the ids filed under it, by open addressing over
 * primitive arrays. Most keys asked for are not there, so a bit filter small enough for the L1
 * cache answers first; only a key whose bit is set costs a read of the (larger) slot arrays.
 * Thread-safe.
 */
final class KeyedBuckets {
    private final long[] keys;
    private final int[][] buckets;
    private final int shift;
    private final int mask;
    private final long[] filter;
    private final int filterShift;

    /** @param filed ids by key; keys are never 0 (they carry the word length) */
    KeyedBuckets(Map<Long, List<Integer>> filed) {
        int slots = Integer.highestOneBit(Math.max(4, filed.size()) * 4 - 1);
        keys = new long[slots];
        buckets = new int[slots][];
        shift = 64 - Integer.numberOfTrailingZeros(slots);
        mask = slots - 1;
        int filterBits = Math.max(4096, Integer.highestOneBit(Math.max(1, filed.size()) * 32 - 1) * 2);
        filter = new long[filterBits >>> 6];
        filterShift = 64 - Integer.numberOfTrailingZeros(filterBits);
        filed.forEach((key, ids) -> {
            int bit = filterBit(key);
            filter[bit >>> 6] |= 1L << bit;
            int slot = EndKeys.slot(key, shift);
            while (keys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            buckets[slot] = ids.stream().mapToInt(Integer::intValue).toArray();
        });
    }

    /** The ids filed under {@code key}, or null. */
    int[] get(long key) {
        int bit = filterBit(key);
        if ((filter[bit >>> 6] & (1L << bit)) == 0) {
            return null;
        }
        for (int slot = EndKeys.slot(key, shift); keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return buckets[slot];
            }
        }
        return null;
    }

    /** A bit from other key bits than the slot's, so that filter and table fail independently. */
    private int filterBit(long key) {
        return (int) (((key ^ key >>> 29) * 0xC2B2AE3D27D4EB4FL) >>> filterShift);
    }
}
