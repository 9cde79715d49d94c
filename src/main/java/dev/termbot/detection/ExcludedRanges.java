package dev.termbot.detection;

import java.util.Arrays;

/**
 * Parts of a message that are not prose (code, URLs, mentions, identifiers), as half-open ranges
 * of original offsets. Built once per message that has a candidate match. Not thread-safe while
 * being built; read-only afterwards.
 */
final class ExcludedRanges {
    private int[] bounds = new int[16];
    private int count;

    void add(int start, int end) {
        if (end <= start) {
            return;
        }
        if (2 * count == bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * count] = start;
        bounds[2 * count + 1] = end;
        count++;
    }

    /** Whether {@code [start, end)} touches any excluded range. */
    boolean overlaps(int start, int end) {
        for (int k = 0; k < count; k++) {
            if (bounds[2 * k] < end && start < bounds[2 * k + 1]) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return count;
    }
}
