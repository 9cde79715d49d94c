package dev.termbot.detection;

import java.util.Arrays;

/**
 * Parts of a message that are not prose (code, URLs, mentions, identifiers), as half-open ranges
 * of original offsets. Ranges are added in any order; the first question sorts and merges them, so
 * that a message with thousands of code spans and candidates stays fast. Not thread-safe; one per
 * message.
 */
final class ExcludedRanges {
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int count;
    private boolean merged = true;

    void add(int start, int end) {
        if (end <= start) {
            return;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
        merged = false;
    }

    /** Whether {@code [start, end)} touches any excluded range. */
    boolean overlaps(int start, int end) {
        if (!merged) {
            merge();
        }
        // the last range starting before `end` is the only one that can reach into [start, end)
        int lo = 0;
        int hi = count - 1;
        int candidate = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < end) {
                candidate = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return candidate >= 0 && ends[candidate] > start;
    }

    int size() {
        return count;
    }

    /** Sorts by start and joins overlapping ranges, so that ends grow with starts. */
    private void merge() {
        long[] packed = new long[count];
        for (int k = 0; k < count; k++) {
            packed[k] = (long) starts[k] << 32 | ends[k];
        }
        Arrays.sort(packed);
        int kept = 0;
        for (long range : packed) {
            int start = (int) (range >>> 32);
            int end = (int) range;
            if (kept > 0 && start <= ends[kept - 1]) {
                ends[kept - 1] = Math.max(ends[kept - 1], end);
            } else {
                starts[kept] = start;
                ends[kept] = end;
                kept++;
            }
        }
        count = kept;
        merged = true;
    }
}
