package dev.termbot.detection.stance;

import dev.termbot.core.Markup;

import java.util.BitSet;

/**
 * What chat markup says about each character of a message: inside a block quote (someone else's
 * words being answered), inside a strikethrough (words the writer takes back). It also yields the
 * text with those markers blanked, offsets unchanged, so the tokenizer sees words rather than
 * {@code >} and {@code ~}.
 *
 * <p>Dialects: Discord and plain text quote with {@code > } at the start of a line ({@code >>> } for
 * the rest of the message) and strike with {@code ~~x~~}; Slack's mrkdwn arrives with {@code >}
 * escaped as {@code &gt;} and strikes with a single {@code ~x~} (a dialect that says
 * {@link Markup#singleTildeStrikes()}).
 */
final class ChatLayout {
    private final String masked;
    private final BitSet quoted;
    private final BitSet struck;

    private ChatLayout(String masked, BitSet quoted, BitSet struck) {
        this.masked = masked;
        this.quoted = quoted;
        this.struck = struck;
    }

    static ChatLayout of(String text, Markup markup) {
        char[] chars = text.toCharArray();
        BitSet quoted = new BitSet(chars.length);
        BitSet struck = new BitSet(chars.length);
        markQuotes(text, chars, quoted);
        markStrikes(text, chars, struck, 2);
        if (markup.singleTildeStrikes()) {
            // Slack strikes with one tilde; plain text (console, JSONL) takes both, as people type both
            markStrikes(text, chars, struck, 1);
        }
        blankEmphasis(chars);
        return new ChatLayout(new String(chars), quoted, struck);
    }

    /** The message with quote and strike markers and emphasis stars blanked; same length and offsets. */
    String masked() {
        return masked;
    }

    boolean quoted(int offset) {
        return quoted.get(offset);
    }

    /** Whether any character of {@code [start, end)} is struck through. */
    boolean struck(int start, int end) {
        int next = struck.nextSetBit(start);
        return next >= 0 && next < end;
    }

    boolean hasQuotes() {
        return !quoted.isEmpty();
    }

    private static void markQuotes(String text, char[] chars, BitSet quoted) {
        int lineStart = 0;
        while (lineStart < chars.length) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? chars.length : newline;
            int at = lineStart;
            while (at < lineEnd && (chars[at] == ' ' || chars[at] == '\t')) {
                at++;
            }
            int markers = 0;
            int offset = at;
            while (markers < 3 && offset < lineEnd) {
                int width = text.startsWith("&gt;", offset) ? 4 : chars[offset] == '>' ? 1 : 0;
                if (width == 0) {
                    break;
                }
                offset += width;
                markers++;
            }
            if (markers > 0) {
                blank(chars, at, offset);
                // ">>> " quotes everything after it; "> " (or a nested ">> ") just this line
                quoted.set(at, markers == 3 ? chars.length : lineEnd);
                if (markers == 3) {
                    return;
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    // ~~x~~ (or ~x~ in Slack) on one line, opening not followed by a space, closing not preceded by one
    private static void markStrikes(String text, char[] chars, BitSet struck, int width) {
        String fence = "~".repeat(width);
        int from = 0;
        while (true) {
            int open = text.indexOf(fence, from);
            if (open < 0 || open + width >= text.length()) {
                return;
            }
            if (width == 1 && open + 1 < text.length() && text.charAt(open + 1) == '~') {
                from = open + 2;
                continue;
            }
            int inner = open + width;
            int close = text.indexOf(fence, inner);
            int newline = text.indexOf('\n', inner);
            boolean closes = close > inner && (newline < 0 || close < newline)
                    && !Character.isWhitespace(text.charAt(inner)) && !Character.isWhitespace(text.charAt(close - 1));
            if (!closes) {
                from = inner;
                continue;
            }
            struck.set(inner, close);
            blank(chars, open, inner);
            blank(chars, close, close + width);
            from = close + width;
        }
    }

    // *bold* and _italic_ markers at word edges would otherwise stick to the words next to them
    private static void blankEmphasis(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean edge = i == 0 || i == chars.length - 1
                    || !Character.isLetterOrDigit(chars[i - 1]) || !Character.isLetterOrDigit(chars[i + 1]);
            if (c == '*' || (c == '_' && edge)) {
                chars[i] = ' ';
            }
        }
    }

    private static void blank(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            chars[i] = ' ';
        }
    }
}
