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

    /**
     * Scans {@code text[0, n)}, handing every word to {@code sink} through {@code buffer}. The text
     * comes as a char array: {@code String.charAt} checks the string's coder and bounds on every
     * call, and chat strings are often UTF-16 because of a single emoji.
     */
    static void scan(char[] text, int n, WordSink sink, WordBuffer buffer) {
        int i = 0;
        boolean joined = false;
        int newlines = 0;
        boolean lineStart = false;
        boolean marker = false;
        while (i < n) {
            char c = text[i];
            if (c == ' ' && !marker) {
                i++; // by far the most common gap: nothing to decide
                continue;
            }
            int kind = FoldTable.entry(c) >>> 16;
            int width = 1;
            if (kind == SURROGATE) {
                int cp = Character.codePointAt(text, i, n);
                width = Character.charCount(cp);
                kind = FoldTable.codePointEntry(cp) >>> 16;
            }
            if (kind == LETTER || kind == EXPAND) {
                i = word(text, n, i, sink, buffer, joined);
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

    /**
     * Reads one word starting at {@code i}; returns the index after it. The hash lives in a local
     * variable (only stored, never re-read) so the loop has no dependency through memory.
     */
    private static int word(char[] text, int n, int i, WordSink sink, WordBuffer buf, boolean joined) {
        final char[] chars = buf.chars;
        final long[] hashes = buf.hashes;
        final int start = i;
        int end = i;
        int len = 0;
        long h = 0;
        while (i < n) {
            int e = FoldTable.entry(text[i]);
            int kind = e >>> 16;
            if (kind == LETTER) {
                if (len < CAPACITY) {
                    char c = (char) e;
                    chars[len] = c;
                    h = WordHash.BASE * h + c;
                    hashes[len + 1] = h;
                }
                len++;
                end = ++i;
            } else if (kind == MARK) {
                end = ++i;
            } else if (kind == INVISIBLE) {
                i++; // a zero-width char never ends a word, nor belongs to its span
            } else if (kind == EXPAND) {
                len = appendSlowly(FoldTable.expansion(text[i]), buf, len);
                h = hashes[Math.min(len, CAPACITY)];
                end = ++i;
            } else if (kind == SURROGATE) {
                int cp = Character.codePointAt(text, i, n);
                int ce = FoldTable.codePointEntry(cp);
                int k = ce >>> 16;
                if (k == LETTER || k == EXPAND) {
                    len = appendSlowly(k == LETTER ? String.valueOf((char) ce) : FoldTable.expansion(cp), buf, len);
                    h = hashes[Math.min(len, CAPACITY)];
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

    /** Ligatures and letters beyond the BMP: rare, so clarity over speed. */
    private static int appendSlowly(String folded, WordBuffer buf, int len) {
        for (int k = 0; k < folded.length(); k++) {
            if (len < CAPACITY) {
                buf.chars[len] = folded.charAt(k);
                buf.hashes[len + 1] = WordHash.BASE * buf.hashes[len] + folded.charAt(k);
            }
            len++;
        }
        return len;
    }
}
