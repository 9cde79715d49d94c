package dev.termbot.detection;

/**
 * Whether two words differ by at most one edit: an inserted, deleted or substituted char, or two
 * neighbouring chars swapped (Damerau). Linear, no allocation. Stateless.
 */
final class OneEdit {
    private OneEdit() {
    }

    /** Whether {@code a[from, from + aLen)} is within one edit of {@code b}. */
    static boolean within(char[] a, int from, int aLen, char[] b) {
        int bLen = b.length;
        int diff = aLen - bLen;
        if (diff > 1 || diff < -1) {
            return false;
        }
        int i = 0;
        int shorter = Math.min(aLen, bLen);
        while (i < shorter && a[from + i] == b[i]) {
            i++;
        }
        if (i == shorter) {
            return true; // equal, or one extra char at the end
        }
        if (diff == 1) {
            return same(a, from, i + 1, aLen, b, i); // a has an extra char at i
        }
        if (diff == -1) {
            return same(a, from, i, aLen, b, i + 1); // a lacks b's char at i
        }
        if (same(a, from, i + 1, aLen, b, i + 1)) {
            return true; // substitution at i
        }
        return i + 1 < aLen && a[from + i] == b[i + 1] && a[from + i + 1] == b[i] && same(a, from, i + 2, aLen, b, i + 2);
    }

    /** Whether {@code w} equals {@code a[from, from + n)}. */
    static boolean same(char[] w, char[] a, int from, int n) {
        return w.length == n && same(a, from, 0, n, w, 0);
    }

    /** Whether {@code a[from + aFrom, from + aTo)} equals {@code b} from {@code bFrom}; a plain loop, as words are short. */
    private static boolean same(char[] a, int from, int aFrom, int aTo, char[] b, int bFrom) {
        for (int i = aFrom, j = bFrom; i < aTo; i++, j++) {
            if (a[from + i] != b[j]) {
                return false;
            }
        }
        return true;
    }
}
