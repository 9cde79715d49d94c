package dev.termbot.detection;

import java.util.List;
import java.util.Map;

/**
 * An immutable map from an {@link EndKeys} key to the ids filed under it, laid out for the cache:
 * open addressing over one {@code long[]} that holds each slot's key next to where its ids start
 * and how many there are, and all ids in one {@code int[]}. A lookup reads two places, not a chain
 * of small objects. Thread-safe.
 */
final class KeyedBuckets {
    /** What {@link #span} answers for a key with nothing filed. */
    static final long NOTHING = 0;

    /** Per slot: the key (0 for an empty slot), then the first id's index (high 32 bits) and the count. */
    private final long[] slots;
    private final int[] ids;
    private final int shift;
    private final int mask;

    /** @param filed ids by key; keys are never 0 (they carry the word length) */
    KeyedBuckets(Map<Long, List<Integer>> filed) {
        int capacity = Integer.highestOneBit(Math.max(4, filed.size()) * 2 - 1) * 2; // at most half full
        slots = new long[2 * capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        mask = capacity - 1;
        ids = new int[filed.values().stream().mapToInt(List::size).sum()];
        int next = 0;
        for (Map.Entry<Long, List<Integer>> bucket : filed.entrySet()) {
            int slot = EndKeys.slot(bucket.getKey(), shift);
            while (slots[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = bucket.getKey();
            slots[2 * slot + 1] = (long) next << 32 | bucket.getValue().size();
            for (int id : bucket.getValue()) {
                ids[next++] = id;
            }
        }
    }

    /**
     * Where the ids filed under {@code key} are: the index of the first in the high 32 bits, their
     * count in the low 32 (read them with {@link #id}); {@link #NOTHING} when none are.
     */
    long span(long key) {
        for (int slot = EndKeys.slot(key, shift); ; slot = (slot + 1) & mask) {
            long stored = slots[2 * slot];
            if (stored == key) {
                return slots[2 * slot + 1];
            }
            if (stored == 0) {
                return NOTHING;
            }
        }
    }

    int id(int index) {
        return ids[index];
    }
}
