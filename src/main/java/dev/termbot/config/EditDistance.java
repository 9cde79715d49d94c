package dev.termbot.config;

/**
 * Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
 * neighbours) with a limit, so that comparing a query against every key stays cheap: work stops
 * as soon as the limit cannot be met. Stateless.
 */
public final class EditDistance {
    private EditDistance() {
    }

    /** The distance between a and b, or {@code limit + 1} when it is larger than limit. */
    public static int within(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        if (n == 0 || m == 0) {
            return Math.max(n, m);
        }
        int[] beforePrevious = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMinimum = i;
            for (int j = 1; j <= m; j++) {
                current[j] = cell(a, b, i, j, beforePrevious, previous, current);
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], limit + 1);
    }

    private static int cell(String a, String b, int i, int j, int[] beforePrevious, int[] previous, int[] current) {
        char x = a.charAt(i - 1);
        char y = b.charAt(j - 1);
        int best = Math.min(previous[j] + 1, current[j - 1] + 1);
        best = Math.min(best, previous[j - 1] + (x == y ? 0 : 1));
        if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) {
            best = Math.min(best, beforePrevious[j - 2] + 1);
        }
        return best;
    }
}
