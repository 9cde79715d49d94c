package dev.termbot.detection;

import dev.termbot.core.Markup;

/**
 * Finds what in a chat message is not prose, so a phrase there is not a hit: inline code and
 * fenced code blocks, URLs (plain, {@code www.}, Slack's {@code <url|label>} target, markdown
 * link targets), platform constructs ({@code <@U123>}, {@code <#C1|general>}, {@code <:emoji:1>}),
 * and, through {@link CodeLikeTokens}, mentions, hashtags, identifiers, paths and file names.
 * Link labels stay prose: people write them.
 *
 * <p>Runs only on the rare message that has a candidate match, so it favours clarity over speed,
 * but it is linear in the message length for any input. Stateless and thread-safe.
 */
final class ProseExtractor {
    /** How far a construct may reach; beyond this a stray bracket is just a bracket. */
    private static final int MAX_CONSTRUCT = 2048;
    private static final int MAX_FENCE = 32;

    private ProseExtractor() {
    }

    static ExcludedRanges exclusions(String text, Markup markup) {
        return exclusions(text, markup, true);
    }

    /**
     * @param names whether mentions, hashtags, identifiers, paths and file names count too (a
     *              phrase read inside a hashtag asks without them)
     */
    static ExcludedRanges exclusions(String text, Markup markup, boolean names) {
        ExcludedRanges out = new ExcludedRanges();
        code(text, markup, out);
        angleConstructs(text, markup, out);
        markdownLinkTargets(text, out);
        urls(text, out);
        if (names) {
            CodeLikeTokens.exclude(text, out);
        }
        return out;
    }

    /**
     * Code: in a dialect with {@link Markup#fencedBlocks()} (plain text), fenced blocks of backticks or
     * tildes first, as CommonMark reads blocks before inlines, then code spans between them. Chat
     * dialects have no tilde fences and no line rules for backtick ones, so there code spans alone decide.
     */
    private static void code(String t, Markup markup, ExcludedRanges out) {
        if (!markup.fencedBlocks()) {
            codeSpans(t, 0, t.length(), out);
            return;
        }
        int from = 0;
        for (int[] block : FencedBlocks.find(t)) {
            codeSpans(t, from, block[0], out);
            out.add(block[0], block[1]);
            from = block[1];
        }
        codeSpans(t, from, t.length(), out);
    }

    /**
     * In {@code t[from, to)}, a run of k backticks opens code that the next run of exactly k
     * backticks closes (inline code with one or two, fences with three). An unclosed run is
     * literal, as chat clients show it.
     */
    private static void codeSpans(String t, int from, int to, ExcludedRanges out) {
        boolean[] unclosed = new boolean[MAX_FENCE + 1]; // once no closer is left for k, none appears later
        int i = tick(t, from, to);
        while (i >= 0) {
            int runEnd = runEnd(t, i, to);
            int k = runEnd - i;
            int close = k > MAX_FENCE || unclosed[k] ? -1 : findRun(t, runEnd, to, k);
            if (close < 0) {
                if (k <= MAX_FENCE) {
                    unclosed[k] = true;
                }
                i = tick(t, runEnd, to);
            } else {
                out.add(i, close + k);
                i = tick(t, close + k, to);
            }
        }
    }

    private static int tick(String t, int from, int to) {
        int i = t.indexOf('`', from);
        return i < to ? i : -1;
    }

    private static int runEnd(String t, int i, int to) {
        while (i < to && t.charAt(i) == '`') {
            i++;
        }
        return i;
    }

    private static int findRun(String t, int from, int to, int k) {
        for (int i = tick(t, from, to); i >= 0; ) {
            int end = runEnd(t, i, to);
            if (end - i == k) {
                return i;
            }
            i = tick(t, end, to);
        }
        return -1;
    }

    /**
     * {@code <...>} constructs of Slack and Discord. Mentions, channels, emoji and timestamps go
     * entirely; a link keeps its label ({@code <https://x|label>}) and loses its target. A link is a
     * URL target, or any target in a dialect with {@link Markup#angleBracketLinks()}.
     */
    private static void angleConstructs(String t, Markup markup, ExcludedRanges out) {
        for (int i = t.indexOf('<'); i >= 0; i = t.indexOf('<', i + 1)) {
            int close = closing(t, i);
            if (close < 0) {
                continue;
            }
            String body = t.substring(i + 1, close);
            if (startsWithAny(body, "@", "#", "!", ":", "a:", "t:")) {
                out.add(i, close + 1);
            } else if (isUrlStart(body) || markup.angleBracketLinks()) {
                int bar = body.indexOf('|');
                out.add(i, bar < 0 ? close + 1 : i + 2 + bar);
                out.add(close, close + 1);
            }
        }
    }

    /**
     * The {@code >} closing the construct opened at {@code open}, or -1. Whitespace is allowed only
     * in a label (after {@code |}), which keeps "a < b and c > d" prose; a new line or another
     * {@code <} ends the search, which keeps the whole pass linear.
     */
    private static int closing(String t, int open) {
        int limit = Math.min(t.length(), open + MAX_CONSTRUCT);
        boolean label = false;
        for (int i = open + 1; i < limit; i++) {
            char c = t.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c == '|') {
                label = true;
            } else if (c == '<' || c == '\n' || !label && Character.isWhitespace(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** {@code [label](target)}: the target is not prose, the label is. */
    private static void markdownLinkTargets(String t, ExcludedRanges out) {
        for (int i = t.indexOf("]("); i >= 0; i = t.indexOf("](", i + 2)) {
            int limit = Math.min(t.length(), i + MAX_CONSTRUCT);
            int end = i + 2;
            while (end < limit && "()[]".indexOf(t.charAt(end)) < 0 && !Character.isWhitespace(t.charAt(end))) {
                end++;
            }
            out.add(i + 1, Math.min(t.length(), end + 1));
        }
    }

    /** Anything with {@code scheme://}, and {@code www.} addresses, up to whitespace or a delimiter. */
    private static void urls(String t, ExcludedRanges out) {
        for (int i = t.indexOf("://"); i >= 0; ) {
            int start = i;
            while (start > 0 && isSchemeChar(t.charAt(start - 1))) {
                start--;
            }
            int end = urlEnd(t, i + 3);
            if (start < i) {
                out.add(start, end);
            }
            i = t.indexOf("://", Math.max(end, i + 3)); // continuing after the URL keeps this linear
        }
        for (int i = indexOfIgnoreCase(t, "www.", 0); i >= 0; ) {
            int end = urlEnd(t, i + 4);
            if (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1))) {
                out.add(i, end);
            }
            i = indexOfIgnoreCase(t, "www.", end);
        }
    }

    static int urlEnd(String t, int i) {
        while (i < t.length() && !Character.isWhitespace(t.charAt(i)) && "<>|\"`[]".indexOf(t.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static boolean isSchemeChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.');
    }

    private static boolean isUrlStart(String body) {
        int colon = body.indexOf(':');
        return colon > 0 && body.substring(0, colon).chars().allMatch(c -> isSchemeChar((char) c))
                && (body.startsWith("//", colon + 1) || body.regionMatches(true, 0, "mailto:", 0, 7));
    }

    private static boolean startsWithAny(String s, String... prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** For a lowercase ASCII {@code needle}. */
    private static int indexOfIgnoreCase(String t, String needle, int from) {
        char first = needle.charAt(0);
        for (int i = from; i + needle.length() <= t.length(); i++) {
            char c = t.charAt(i);
            if ((c | 0x20) == first && t.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
