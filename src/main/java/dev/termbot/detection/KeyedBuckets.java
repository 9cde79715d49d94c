package dev.termbot.detection;

import java.util.List;
import java.util.Map;

/**
 * An immutable map from an {@link EndKeys} key to the ids filed under it, laid out for the cache:
 * {@link KeySlots} hold each key next to where its ids start and how many there are, and all ids
 * sit in one {@code int[]}. A lookup reads two places, not a chain of small objects. Thread-safe.
 */
final class KeyedBuckets {
    /** What {@link #span} answers for a key with nothing filed. */
    static final long NOTHING = 0;

    /** Per key: the first id's index (high 32 bits) and the count. */
    private final KeySlots spans;
    private final int[] ids;

    /** @param filed ids by key; keys are never 0 (they carry the word length) */
    KeyedBuckets(Map<Long, List<Integer>> filed) {
        spans = new KeySlots(filed.size());
        ids = new int[filed.values().stream().mapToInt(List::size).sum()];
        int next = 0;
        for (Map.Entry<Long, List<Integer>> bucket : filed.entrySet()) {
            spans.put(bucket.getKey(), (long) next << 32 | bucket.getValue().size());
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
        int slot = spans.first(key);
        return slot < 0 ? NOTHING : spans.value(slot);
    }

    int id(int index) {
        return ids[index];
    }
}
