package dev.termbot.detection;

import static dev.termbot.detection.FoldTable.DASH;
import static dev.termbot.detection.FoldTable.INVISIBLE;
import static dev.termbot.detection.FoldTable.MARK;
import static dev.termbot.detection.FoldTable.MARKUP;
import static dev.termbot.detection.FoldTable.NEWLINE;
import static dev.termbot.detection.FoldTable.SPACE;
import static dev.termbot.detection.FoldTable.SURROGATE;

/**
 * What may stand between two words of one phrase. Words are joined by spaces, a single line break,
 * dashes and markup ({@code ** _ ~~ ||}); they are separated by other punctuation, a blank line,
 * a new list item ({@code "- "}, {@code "* "} at the start of a line), and by other letters.
 * Read from the original text, and only for the words that continue a half-matched phrase.
 * Stateless.
 */
final class WordGaps {
    /** Gap state bits: words joined so far, at a line start, a list marker seen, one newline seen. */
    private static final int JOINED = 1;
    private static final int LINE_START = 2;
    private static final int MARKER = 4;
    private static final int NEWLINE_SEEN = 8;

    private WordGaps() {
    }

    /** Whether {@code text[from, to)}, the chars between two words, joins them. */
    static boolean joins(char[] text, int from, int to, int textLength) {
        int gap = JOINED;
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(text, i, textLength);
            gap = next(gap, kindOf(cp), cp);
            i += Character.charCount(cp);
        }
        return (gap & JOINED) != 0;
    }

    /** How one separator changes the gap between two words. */
    private static int next(int gap, int kind, int c) {
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
            default -> gap & ~(JOINED | MARKER | LINE_START); // punctuation, symbols, emoji, letters
        };
    }

    /** The kind of a whole code point; a lone surrogate is half a char, which breaks like punctuation. */
    static int kindOf(int cp) {
        int e = Character.isBmpCodePoint(cp) ? FoldTable.entry((char) cp) : FoldTable.codePointEntry(cp);
        int kind = e >>> 16;
        return kind == SURROGATE ? FoldTable.BREAK : kind;
    }
}
