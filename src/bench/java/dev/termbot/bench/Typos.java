package dev.termbot.bench;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plants one-letter typos the detector is required to forgive: one edit (swap, doubled letter,
 * dropped letter, wrong letter) inside a word of at least {@link #MIN_LENGTH} letters, never the
 * first letter, and never one that spells a real word or lands within one edit of another watched
 * word. "attach" for "attack" is a different word, not a typo (issue 2), so it is not planted as
 * one. Stateless; thread-safe.
 */
final class Typos {
    /** Shorter words get no typo: too many of them are one edit from another real word. */
    static final int MIN_LENGTH = 6;
    private static final int ATTEMPTS = 24;
    private static final String[] ENDINGS = {"s", "es", "ed", "d", "ing", "er", "ers"};

    private final Set<String> realWords;
    private final Collection<String> watchedWords;

    /**
     * @param realWords    lowercase words of the language (the detector's own vocabulary)
     * @param watchedWords every word of every watched phrase, lowercase
     */
    Typos(Set<String> realWords, Collection<String> watchedWords) {
        this.realWords = realWords;
        this.watchedWords = watchedWords;
    }

    /** A typo of {@code word}, or empty when the word is too short or no safe typo was found. */
    Optional<String> of(String word, SplittableRandom random) {
        if (word.length() < MIN_LENGTH || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String typo = edit(word, random);
            if (!typo.equals(word) && isSafe(typo, word)) {
                return Optional.of(typo);
            }
        }
        return Optional.empty();
    }

    private static String edit(String word, SplittableRandom random) {
        int n = word.length();
        int i = 1 + random.nextInt(n - 2); // never the first or last letter
        StringBuilder out = new StringBuilder(word);
        switch (random.nextInt(4)) {
            case 0 -> {
                out.setCharAt(i, word.charAt(i + 1));
                out.setCharAt(i + 1, word.charAt(i));
            }
            case 1 -> out.insert(i, word.charAt(i));
            case 2 -> out.deleteCharAt(i);
            default -> out.setCharAt(i, (char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    private boolean isSafe(String typo, String original) {
        if (isRealWord(typo)) {
            return false;
        }
        for (String watched : watchedWords) {
            if (!watched.equals(original) && withinOneEdit(typo, watched)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word or a regular inflection of a real word: "attacks" of "attack", "queries" of "query",
     * "scrapping" of "scrap" (a typo of "scraping" that spells another word is not a typo).
     */
    private boolean isRealWord(String word) {
        if (realWords.contains(word)) {
            return true;
        }
        for (String ending : ENDINGS) {
            if (word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                boolean doubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
                if (realWords.contains(stem) || realWords.contains(stem + "e")
                        || doubled && realWords.contains(stem.substring(0, stem.length() - 1))) {
                    return true;
                }
            }
        }
        for (String ending : new String[] {"ies", "ied"}) {
            if (word.endsWith(ending) && realWords.contains(word.substring(0, word.length() - 3) + "y")) {
                return true;
            }
        }
        return false;
    }

    /** Whether two words differ by at most one insertion, deletion, substitution or swap of neighbours. */
    static boolean withinOneEdit(String a, String b) {
        int diff = a.length() - b.length();
        if (Math.abs(diff) > 1) {
            return false;
        }
        int i = 0;
        int shorter = Math.min(a.length(), b.length());
        while (i < shorter && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == shorter) {
            return true;
        }
        if (diff == 1) {
            return a.substring(i + 1).equals(b.substring(i));
        }
        if (diff == -1) {
            return a.substring(i).equals(b.substring(i + 1));
        }
        if (a.substring(i + 1).equals(b.substring(i + 1))) {
            return true;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }
}
