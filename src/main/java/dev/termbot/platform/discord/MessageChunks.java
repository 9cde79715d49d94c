package dev.termbot.platform.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long Markdown text into pieces Discord accepts (at most 2,000 characters each), at line
 * ends where possible, so that a digest posted in several messages still reads line by line.
 * Stateless.
 */
final class MessageChunks {
    /** Discord's limit for the content of one message. */
    static final int DISCORD_LIMIT = 2000;

    private MessageChunks() {
    }

    /** Pieces in order, none blank; joined with line breaks at the cut points they give back the text's lines. */
    static List<String> split(String text, int limit) {
        List<String> chunks = new ArrayList<>();
        String rest = text.stripTrailing();
        while (rest.length() > limit) {
            int cut = cutPoint(rest, limit);
            String chunk = rest.substring(0, cut).stripTrailing();
            if (!chunk.isBlank()) {
                chunks.add(chunk);
            }
            rest = rest.charAt(cut) == '\n' ? rest.substring(cut + 1) : rest.substring(cut);
        }
        if (!rest.isBlank()) {
            chunks.add(rest);
        }
        return chunks;
    }

    private static int cutPoint(String text, int limit) {
        int newline = text.lastIndexOf('\n', limit);
        if (newline > 0) {
            return newline;
        }
        // one very long line: cut hard, but never between the two halves of a surrogate pair
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
