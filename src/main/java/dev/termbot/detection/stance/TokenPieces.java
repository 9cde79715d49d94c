package dev.termbot.detection.stance;

/**
 * Splits one tokenizer token into the pieces the stance grammar reads: quote marks stuck to a word
 * become tokens of their own ({@code "distillation} is a quote mark and a word), and hyphenated
 * words are split ({@code so-called} is "so" and "called"). Contractions the tokenizer split off
 * ({@code 's}, {@code n't}) stay whole.
 */
final class TokenPieces {
    interface Sink {
        void piece(int from, int to);
    }

    private TokenPieces() {
    }

    static void split(String text, int from, int to, Sink sink) {
        int start = from;
        int end = to;
        while (start < end && (isQuoteChar(text.charAt(start)) || (text.charAt(start) == '-' && end - start > 1))
                && !isContraction(text, start, end)) {
            sink.piece(start, start + 1);
            start++;
        }
        int trailing = end;
        while (trailing > start + 1 && (isQuoteChar(text.charAt(trailing - 1)) || text.charAt(trailing - 1) == '-')) {
            trailing--;
        }
        int wordStart = start;
        for (int i = start; i < trailing; i++) {
            if (text.charAt(i) == '-' && i > start && i + 1 < trailing
                    && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1))) {
                sink.piece(wordStart, i);
                wordStart = i + 1;
            }
        }
        if (wordStart < trailing) {
            int clitic = cliticStart(text, wordStart, trailing);
            if (clitic > wordStart) {
                sink.piece(wordStart, clitic);
            }
            if (clitic < trailing) {
                sink.piece(clitic, trailing);
            }
        }
        for (int i = trailing; i < end; i++) {
            sink.piece(i, i + 1);
        }
    }

    /**
     * Where a contraction ending the word starts ("is|n't", "there|'s"), or {@code to} when there is
     * none; the tokenizer usually splits these already, this makes the split not depend on it.
     */
    static int cliticStart(String text, int from, int to) {
        String word = text.substring(from, to).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        if (word.length() > 3 && word.endsWith("n't")) {
            return to - 3;
        }
        for (String clitic : new String[] {"'s", "'re", "'ll", "'ve", "'d", "'m"}) {
            if (word.length() > clitic.length() && word.endsWith(clitic)) {
                return to - clitic.length();
            }
        }
        return to;
    }

    static boolean isQuoteChar(char c) {
        return c == '"' || c == '\'' || c == '`' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019'
                || c == '\u00AB' || c == '\u00BB';
    }

    // 's, 're, 'll, 've, 'd, 'm as split off by the tokenizer
    private static boolean isContraction(String text, int start, int end) {
        char c = text.charAt(start);
        if (c != '\'' && c != '\u2019') {
            return false;
        }
        String rest = text.substring(start + 1, end).toLowerCase(java.util.Locale.ROOT);
        return rest.equals("s") || rest.equals("re") || rest.equals("ll") || rest.equals("ve") || rest.equals("d")
                || rest.equals("m");
    }
}
