package dev.termbot.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Fenced code blocks as CommonMark writes them in plain text: a line that starts (after at most
 * three spaces) with three or more backticks or tildes opens a block, which the next line starting
 * with at least as many of the same char closes; a block never closed runs to the end of the
 * message. Inside a block, the other fence char is just code, so a {@code ~~~} line within a
 * {@code ```} block opens nothing.
 *
 * <p>One deliberate difference from CommonMark: text after a closing fence on the same line
 * ({@code ``` after}) is prose, not part of the block, because chat writers close a block and keep
 * typing; CommonMark would not take that line as a close at all.
 *
 * <p>Stateless and thread-safe; linear in the text length (each line is read once for an opener
 * and at most once as a candidate closer).
 */
final class FencedBlocks {
    private static final int MAX_INDENT = 3;
    private static final int MIN_FENCE = 3;

    private FencedBlocks() {
    }

    /** The blocks of {@code t}, as {@code [start, end)} pairs in text order, fences included. */
    static List<int[]> find(String t) {
        List<int[]> blocks = new ArrayList<>();
        int line = 0;
        while (line < t.length()) {
            int fence = fenceAt(t, line);
            int length = fence < 0 ? 0 : run(t, fence);
            if (length < MIN_FENCE || t.charAt(fence) == '`' && hasBacktick(t, fence + length, lineEnd(t, line))) {
                line = nextLine(t, line);
                continue;
            }
            int end = closeAfter(t, nextLine(t, line), t.charAt(fence), length);
            blocks.add(new int[] {line, end});
            line = nextLine(t, end);
        }
        return blocks;
    }

    /** End of the block: just after its closing fence's run, or the end of the text if none closes it. */
    private static int closeAfter(String t, int line, char c, int length) {
        for (; line < t.length(); line = nextLine(t, line)) {
            int fence = fenceAt(t, line);
            if (fence >= 0 && t.charAt(fence) == c && run(t, fence) >= length) {
                return fence + run(t, fence);
            }
        }
        return t.length();
    }

    /** Offset of the fence char that starts the line at {@code line} after its indent, or -1. */
    private static int fenceAt(String t, int line) {
        int i = line;
        while (i < t.length() && i - line < MAX_INDENT && t.charAt(i) == ' ') {
            i++;
        }
        return i < t.length() && (t.charAt(i) == '`' || t.charAt(i) == '~') ? i : -1;
    }

    private static int run(String t, int i) {
        char c = t.charAt(i);
        int end = i;
        while (end < t.length() && t.charAt(end) == c) {
            end++;
        }
        return end - i;
    }

    // CommonMark: a backtick fence's info string may not contain a backtick (that is inline code)
    private static boolean hasBacktick(String t, int from, int to) {
        int tick = t.indexOf('`', from);
        return tick >= 0 && tick < to;
    }

    private static int lineEnd(String t, int from) {
        int newline = t.indexOf('\n', from);
        return newline < 0 ? t.length() : newline;
    }

    private static int nextLine(String t, int from) {
        int newline = t.indexOf('\n', from);
        return newline < 0 ? t.length() : newline + 1;
    }
}
