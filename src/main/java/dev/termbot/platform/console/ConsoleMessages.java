package dev.termbot.platform.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Turns the console user's lines into messages: one line is one message, except that a line
 * opening a code fence ({@code ```} or {@code ~~~}) goes on, line by line, until the fence closes,
 * so that a code block can be tried by hand. End of input inside an open fence still hands over
 * what was typed. Commands ({@code /define ...}) are always one line.
 *
 * <p>Prompts go to the hint stream, and only when interactive: {@code you> } for a new message,
 * {@code ...> } for a line that continues one. Not thread-safe: one console, one reading thread.
 */
final class ConsoleMessages {
    static final String PROMPT = "you> ";
    static final String CONTINUATION = "...> ";

    private final BufferedReader in;
    private final PrintStream hints;
    private final boolean interactive;

    ConsoleMessages(BufferedReader in, PrintStream hints, boolean interactive) {
        this.in = in;
        this.hints = hints;
        this.interactive = interactive;
    }

    /** The next message (lines joined by {@code \n}), or null at end of input. */
    String next() throws IOException {
        String line = read(PROMPT);
        Fence fence = line == null || line.strip().startsWith("/") ? null : Fence.openedBy(line);
        if (fence == null) {
            return line;
        }
        StringBuilder message = new StringBuilder(line);
        for (String more = read(CONTINUATION); more != null; more = read(CONTINUATION)) {
            message.append('\n').append(more);
            if (fence.closedBy(more)) {
                break;
            }
        }
        return message.toString();
    }

    private String read(String prompt) throws IOException {
        if (interactive) {
            hints.print(prompt);
            hints.flush();
        }
        return in.readLine();
    }
}
