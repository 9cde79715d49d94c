package dev.termbot.glossary;

import java.util.OptionalInt;

/**
 * Decides whether a {@code /define} query is a slip of the keyboard away from an indexed spelling,
 * so that "distilation", "inferance" and "rlfh" find their entries while real words that merely
 * look alike ("height" for weight, "proving" for probing, "left" for PEFT) do not. A slip is a
 * dropped or extra letter, two neighbouring letters swapped, or one vowel written for another;
 * writing a different consonant counts as two slips, because it usually spells a different word.
 *
 * <p>How many slips are forgiven depends on the length of the indexed spelling: none up to three
 * letters (acronyms such as SFT and DPO must be exact), only a swap or a doubled letter up to six,
 * one up to nine, two beyond that. Stateless.
 */
final class Typos {
    private static final String VOWELS = "aeiou";

    private Typos() {
    }

    /** The number of slips between a query key and an indexed key, or empty when they are not forgiven. */
    static OptionalInt slips(String query, String key) {
        int length = key.length();
        if (length <= 3 || query.equals(key)) {
            return OptionalInt.empty();
        }
        if (length <= 6) {
            return swappedOrDoubled(query, key) ? OptionalInt.of(1) : OptionalInt.empty();
        }
        int limit = length <= 9 ? 1 : 2;
        int distance = distance(query, key, limit);
        return distance <= limit ? OptionalInt.of(distance) : OptionalInt.empty();
    }

    /** "rlfh" for rlhf, "lorra" for lora: the letters are all there, only their order or doubling differs. */
    static boolean swappedOrDoubled(String a, String b) {
        if (a.length() == b.length()) {
            int first = 0;
            while (first < a.length() && a.charAt(first) == b.charAt(first)) {
                first++;
            }
            return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                    && a.substring(first + 2).equals(b.substring(first + 2));
        }
        return Math.abs(a.length() - b.length()) == 1 && undoubled(a).equals(undoubled(b));
    }

    private static String undoubled(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (i == 0 || text.charAt(i) != text.charAt(i - 1)) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * Optimal-string-alignment distance in which substituting a vowel for a vowel costs one and any
     * other substitution two; returns {@code limit + 1} as soon as the limit cannot be met.
     */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMinimum = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1);
                best = Math.min(best, d[i - 1][j - 1] + substitution(a.charAt(i - 1), b.charAt(j - 1)));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
                rowMinimum = Math.min(rowMinimum, best);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
        }
        return Math.min(d[n][m], limit + 1);
    }

    private static int substitution(char a, char b) {
        if (a == b) {
            return 0;
        }
        return VOWELS.indexOf(a) >= 0 && VOWELS.indexOf(b) >= 0 ? 1 : 2;
    }
}
