package dev.termbot.platform.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a reply's lines at spaces so they fit the terminal after the {@code termbot> } margin.
 * A word longer than the line (a URL) stays whole on its own line: a broken link cannot be clicked.
 */
final class ConsoleWrap {
    /** Below this a terminal is too narrow to be worth wrapping for. */
    private static final int NARROWEST = 20;

    private ConsoleWrap() {
    }

    static List<String> lines(String text, int columns) {
        int limit = Math.max(NARROWEST, columns);
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrap(paragraph, limit, lines);
        }
        return lines;
    }

    private static void wrap(String paragraph, int limit, List<String> lines) {
        StringBuilder line = new StringBuilder();
        boolean started = false; // leading spaces (an indented list item) are kept, so count words, not characters
        for (String word : paragraph.split(" ", -1)) {
            if (started && !word.isEmpty() && line.length() + 1 + word.length() > limit) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (started) {
                line.append(' ');
            }
            line.append(word);
            started = true;
        }
        lines.add(line.toString());
    }
}
