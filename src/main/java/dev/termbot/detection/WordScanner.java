package dev.termbot.detection;

import static dev.termbot.detection.FoldTable.DASH;
import static dev.termbot.detection.FoldTable.EXPAND;
import static dev.termbot.detection.FoldTable.INVISIBLE;
import static dev.termbot.detection.FoldTable.LETTER;
import static dev.termbot.detection.FoldTable.MARK;
import static dev.termbot.detection.FoldTable.MARKUP;
import static dev.termbot.detection.FoldTable.NEWLINE;
import static dev.termbot.detection.FoldTable.SPACE;
import static dev.termbot.detection.FoldTable.SURROGATE;

/**
 * The one pass over a message: cuts it into folded words and tells, for each word, whether it is
 * joined to the previous one. Words are joined by spaces, a single line break, dashes and markup
 * ({@code ** _ ~~ ||}); they are separated by other punctuation, a blank line, or a new list item
 * ({@code "- "}, {@code "* "} at the start of a line).
 *
 * <p>No allocation: the caller lends the word buffer. Stateless and thread-safe.
 */
final class WordScanner {
    /** Folded chars kept per word; watched words are never longer. */
    static final int CAPACITY = 64;

    private WordScanner() {
    }

    /** Scans {@code text}, handing every word to {@code sink}; {@code buffer} holds {@link #CAPACITY} chars. */
    static void scan(String text, WordSink sink, char[] buffer) {
        final int n = text.length();
        int i = 0;
        boolean joined = false;
        int newlines = 0;
        boolean lineStart = false;
        boolean marker = false;
        while (i < n) {
            char c = text.charAt(i);
            int kind = FoldTable.entry(c) >>> 16;
            int width = 1;
            if (kind == SURROGATE) {
                int cp = text.codePointAt(i);
                width = Character.charCount(cp);
                kind = FoldTable.codePointEntry(cp) >>> 16;
            }
            if (kind == LETTER || kind == EXPAND) {
                i = word(text, i, sink, buffer, joined);
                joined = true;
                newlines = 0;
                lineStart = false;
                marker = false;
                continue;
            }
            switch (kind) {
                case SPACE -> {
                    joined &= !marker; // "- " or "* " opening a line: a new list item
                    marker = false;
                }
                case NEWLINE -> {
                    joined &= ++newlines < 2; // a blank line ends the paragraph
                    lineStart = true;
                    marker = false;
                }
                case DASH, MARKUP -> {
                    marker = lineStart && (kind == DASH || c == '*');
                    lineStart = false;
                }
                case INVISIBLE, MARK -> {
                    // nothing: invisible in a gap
                }
                default -> { // BREAK: punctuation, symbols, emoji
                    joined = false;
                    marker = false;
                    lineStart = false;
                }
            }
            i += width;
        }
    }

    /** Reads one word starting at {@code i}; returns the index after it. */
    private static int word(String text, int i, WordSink sink, char[] buf, boolean joined) {
        final int n = text.length();
        final int start = i;
        int end = i;
        int len = 0;
        while (i < n) {
            int e = FoldTable.entry(text.charAt(i));
            int kind = e >>> 16;
            if (kind == LETTER) {
                if (len < CAPACITY) {
                    buf[len] = (char) e;
                }
                len++;
                end = ++i;
            } else if (kind == MARK) {
                end = ++i;
            } else if (kind == INVISIBLE) {
                i++; // a zero-width char never ends a word, nor belongs to its span
            } else if (kind == EXPAND) {
                len = append(FoldTable.expansion(text.charAt(i)), buf, len);
                end = ++i;
            } else if (kind == SURROGATE) {
                int cp = text.codePointAt(i);
                int ce = FoldTable.codePointEntry(cp);
                int k = ce >>> 16;
                if (k == LETTER) {
                    len = append((char) ce, buf, len);
                } else if (k == EXPAND) {
                    len = append(FoldTable.expansion(cp), buf, len);
                } else if (k != MARK && k != INVISIBLE) {
                    break;
                }
                i += Character.charCount(cp);
                end = k == INVISIBLE ? end : i;
            } else {
                break;
            }
        }
        sink.word(buf, len, start, end, joined);
        return i;
    }

    private static int append(String chars, char[] buf, int len) {
        for (int k = 0; k < chars.length(); k++) {
            len = append(chars.charAt(k), buf, len);
        }
        return len;
    }

    private static int append(char c, char[] buf, int len) {
        if (len < CAPACITY) {
            buf[len] = c;
        }
        return len + 1;
    }
}
