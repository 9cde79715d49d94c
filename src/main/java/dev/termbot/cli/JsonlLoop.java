package dev.termbot.cli;

import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * The loop both JSONL commands ({@code scan}, {@code define --jsonl}) run: lines read by
 * {@link Utf8Lines} (LF ends a line, BOM skipped, 1 MiB per line at most), blank lines skipped,
 * one answer per other line in input order, a bad line reported on stderr as {@code line N: message}
 * and answered with an error line, the rest still processed, and the output flushed whenever the
 * input would make the loop wait.
 */
final class JsonlLoop {
    /** Answers one line of a JSONL command. */
    interface Answerer {
        /** Writes the answer to one non-blank line; returns the error message if the line was bad, else null. */
        String answer(String line) throws IOException;

        /** Writes the answer to a line that could not be read at all (too long). */
        void unreadable(String message) throws IOException;
    }

    private JsonlLoop() {
    }

    /** Answers every line of {@code in}; returns how many lines were bad. */
    static int run(InputStream in, Flushable out, PrintStream errors, Answerer answerer) throws IOException {
        Utf8Lines lines = new Utf8Lines(in, 1 << 16, Utf8Lines.MAX_LINE_BYTES, out);
        int lineNumber = 0;
        int bad = 0;
        while (true) {
            String error;
            try {
                String line = lines.readLine();
                if (line == null) {
                    break;
                }
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                error = answerer.answer(line);
            } catch (Utf8Lines.LineTooLong e) {
                lineNumber++;
                error = e.getMessage();
                answerer.unreadable(error);
            }
            if (error != null) {
                bad++;
                errors.println("line " + lineNumber + ": " + error);
            }
        }
        out.flush();
        return bad;
    }
}
