package dev.termbot.detection;

/**
 * Whether two words differ by at most one edit: an inserted, deleted or substituted char, or two
 * neighbouring chars swapped (Damerau). Linear, no allocation. Stateless.
 */
final class OneEdit {
    private OneEdit() {
    }

    /** Whether {@code a[0, aLen)} is within one edit of {@code b}. */
    static boolean within(char[] a, int aLen, char[] b) {
        int bLen = b.length;
        int diff = aLen - bLen;
        if (diff > 1 || diff < -1) {
            return false;
        }
        int i = 0;
        int shorter = Math.min(aLen, bLen);
        while (i < shorter && a[i] == b[i]) {
            i++;
        }
        if (i == shorter) {
            return true; // equal, or one extra char at the end
        }
        if (diff == 1) {
            return same(a, i + 1, aLen, b, i); // a has an extra char at i
        }
        if (diff == -1) {
            return same(a, i, aLen, b, i + 1); // a lacks b's char at i
        }
        if (same(a, i + 1, aLen, b, i + 1)) {
            return true; // substitution at i
        }
        return i + 1 < aLen && a[i] == b[i + 1] && a[i + 1] == b[i] && same(a, i + 2, aLen, b, i + 2);
    }

    /** A plain loop: words are short, so this beats the set-up of a vectorised compare. */
    private static boolean same(char[] a, int aFrom, int aTo, char[] b, int bFrom) {
        for (int i = aFrom, j = bFrom; i < aTo; i++, j++) {
            if (a[i] != b[j]) {
                return false;
            }
        }
        return true;
    }
}
