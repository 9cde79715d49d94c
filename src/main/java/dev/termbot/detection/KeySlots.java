package dev.termbot.detection;

/**
 * Open addressing over {@code long} keys, each with a {@code long} value beside it in the same
 * array, so that a lookup reads one place rather than a chain of small objects; at most half full.
 * Keys are never 0 (0 marks an empty slot). A key may be put more than once: its slots then follow
 * each other along its probe. The layout under {@link WordTable} and {@link KeyedBuckets}.
 *
 * <p>Filled once while a detector is built, then only read: thread-safe from then on.
 */
final class KeySlots {
    /** Per slot: the key, then its value. */
    private final long[] slots;
    private final int shift;
    private final int mask;

    /** Room for {@code keys} puts. */
    KeySlots(int keys) {
        int capacity = Integer.highestOneBit(Math.max(4, keys) * 2 - 1) * 2;
        slots = new long[2 * capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        mask = capacity - 1;
    }

    void put(long key, long value) {
        int slot = EndKeys.slot(key, shift);
        while (slots[2 * slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = key;
        slots[2 * slot + 1] = value;
    }

    /** The first slot holding {@code key}, or -1. */
    int first(long key) {
        return from(key, EndKeys.slot(key, shift));
    }

    /** The next slot after {@code slot} holding {@code key}, or -1. */
    int next(long key, int slot) {
        return from(key, (slot + 1) & mask);
    }

    long value(int slot) {
        return slots[2 * slot + 1];
    }

    private int from(long key, int slot) {
        for (; ; slot = (slot + 1) & mask) {
            long stored = slots[2 * slot];
            if (stored == key) {
                return slot;
            }
            if (stored == 0) {
                return -1;
            }
        }
    }
}
