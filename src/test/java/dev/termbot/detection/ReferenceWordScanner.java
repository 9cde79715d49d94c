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
 * The single-pass scanner termbot used before {@link FoldedText}, kept as the reference that the
 * faster two-pass design must agree with (see {@code FoldedTextProperties}). Branches on every char,
 * which is easy to read and slow.
 *
 * <p>The one pass over a message: cuts it into folded words and tells, for each word, whether it is
 * joined to the previous one. Words are joined by spaces, a single line break, dashes and markup
 * ({@code ** _ ~~ ||}); they are separated by other punctuation, a blank line, or a new list item
 * ({@code "- "}, {@code "* "} at the start of a line).
 *
 * <p>No allocation: the caller lends the word buffer. Stateless and thread-safe.
 */
final class ReferenceWordScanner {
    static final int CAPACITY = FoldedText.CAPACITY;

    /** One word as the reference sees it. */
    record Word(String chars, int length, int start, int end, boolean joined) {
    }

    /** Receives each word: its first {@link #CAPACITY} folded chars in {@code chars[0, min(length, CAPACITY))}. */
    interface Sink {
        void word(char[] chars, int length, int start, int end, boolean joined);
    }

    private ReferenceWordScanner() {
    }

    static java.util.List<Word> words(String text) {
        java.util.List<Word> out = new java.util.ArrayList<>();
        scan(text.toCharArray(), text.length(), (chars, length, start, end, joined) ->
                out.add(new Word(new String(chars, 0, Math.min(length, CAPACITY)), length, start, end, joined)));
        return out;
    }

    /** Gap state bits: words joined so far, at a line start, a list marker seen, one newline seen. */
    private static final int JOINED = 1;
    private static final int LINE_START = 2;
    private static final int MARKER = 4;
    private static final int NEWLINE_SEEN = 8;

    /**
     * Scans {@code text[0, n)}, handing every word to {@code sink} through {@code buffer}. The text
     * comes as a char array: {@code String.charAt} checks the string's coder and bounds on every
     * call, and chat strings are often UTF-16 because of a single emoji.
     */
    static void scan(char[] text, int n, Sink sink) {
        char[] buffer = new char[CAPACITY];
        int i = 0;
        int gap = 0; // nothing before the first word to join to
        while (i < n) {
            char c = text[i];
            if (c == ' ' && (gap & MARKER) == 0) {
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
                i = word(text, n, i, sink, buffer, (gap & JOINED) != 0);
                gap = JOINED;
            } else {
                gap = gap(gap, kind, c);
                i += width;
            }
        }
    }

    /** How one separator changes the gap between two words. */
    private static int gap(int gap, int kind, char c) {
        return switch (kind) {
            // "- " or "* " opening a line starts a new list item
            case SPACE -> (gap & MARKER) != 0 ? gap & ~(JOINED | MARKER) : gap;
            // a second line break is a blank line: a new paragraph
            case NEWLINE -> ((gap & NEWLINE_SEEN) != 0 ? gap & ~JOINED : gap | NEWLINE_SEEN) & ~MARKER | LINE_START;
            case DASH, MARKUP -> {
                boolean marker = (gap & LINE_START) != 0 && (kind == DASH || c == '*');
                yield gap & ~(LINE_START | MARKER) | (marker ? MARKER : 0);
            }
            case INVISIBLE, MARK -> gap;
            default -> gap & ~(JOINED | MARKER | LINE_START); // punctuation, symbols, emoji
        };
    }

    /** Reads one word starting at {@code i}; returns the index after it. */
    private static int word(char[] text, int n, int i, Sink sink, char[] chars, boolean joined) {
        final int start = i;
        int end = i;
        int len = 0;
        while (i < n) {
            int e = FoldTable.entry(text[i]);
            int kind = e >>> 16;
            if (kind == LETTER) {
                if (len < CAPACITY) {
                    chars[len] = (char) e;
                }
                len++;
                end = ++i;
            } else if (kind == MARK) {
                end = ++i;
            } else if (kind == INVISIBLE) {
                i++; // a zero-width char never ends a word, nor belongs to its span
            } else if (kind == EXPAND || kind == SURROGATE) {
                int cp = Character.codePointAt(text, i, n);
                int k = kind == EXPAND ? EXPAND : FoldTable.codePointEntry(cp) >>> 16;
                if (k != LETTER && k != EXPAND && k != MARK && k != INVISIBLE) {
                    break;
                }
                len = appendSlowly(cp, k, chars, len);
                i += Character.charCount(cp);
                end = k == INVISIBLE ? end : i;
            } else {
                break;
            }
        }
        sink.word(chars, len, start, end, joined);
        return i;
    }

    /** Ligatures and letters beyond the BMP: rare, so clarity over speed. */
    private static int appendSlowly(int cp, int kind, char[] chars, int len) {
        String folded = kind == LETTER ? String.valueOf((char) FoldTable.codePointEntry(cp))
                : kind == EXPAND ? FoldTable.expansion(cp) : "";
        for (int k = 0; k < folded.length(); k++) {
            if (len < CAPACITY) {
                chars[len] = folded.charAt(k);
            }
            len++;
        }
        return len;
    }
}
