package dev.termbot.glossary;

import java.util.Set;

/**
 * Counts sentences in glossary prose, so definitions stay one sentence and notes stay short. A
 * sentence ends at '.', '!' or '?' followed by the end of the text or by whitespace and a capital
 * letter, digit or opening quote; common abbreviations ("e.g.", "etc.") do not end one. Stateless.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "cf", "al", "approx");
    private static final String CLOSERS = ")]\"'\u201d\u2019";
    private static final String OPENERS = "(\"'\u201c\u2018";

    private Sentences() {
    }

    static int count(String text) {
        String prose = text.strip();
        if (prose.isEmpty()) {
            return 0;
        }
        int sentences = 0;
        int start = 0;
        for (int i = 0; i < prose.length(); i++) {
            if (".!?".indexOf(prose.charAt(i)) < 0) {
                continue;
            }
            int after = i + 1;
            while (after < prose.length() && CLOSERS.indexOf(prose.charAt(after)) >= 0) {
                after++;
            }
            if (after == prose.length() || startsNextSentence(prose, after) && !abbreviation(prose, start, i)) {
                sentences++;
                start = after;
                i = after - 1;
            }
        }
        return prose.substring(start).isBlank() ? sentences : sentences + 1;
    }

    private static boolean startsNextSentence(String prose, int at) {
        if (!Character.isWhitespace(prose.charAt(at))) {
            return false;
        }
        int next = at;
        while (next < prose.length() && Character.isWhitespace(prose.charAt(next))) {
            next++;
        }
        if (next == prose.length()) {
            return true;
        }
        char c = prose.charAt(next);
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    private static boolean abbreviation(String prose, int sentenceStart, int period) {
        int wordStart = period;
        while (wordStart > sentenceStart && !Character.isWhitespace(prose.charAt(wordStart - 1))) {
            wordStart--;
        }
        return prose.charAt(period) == '.' && ABBREVIATIONS.contains(prose.substring(wordStart, period).toLowerCase());
    }
}
