package dev.termbot.platform.console;

/**
 * A code fence opened on a console line, CommonMark style: at most three spaces, then three or more
 * backticks or tildes. The console keeps reading lines into the same message until a line that
 * starts (after at most three spaces) with at least as many of the same char closes it. The
 * detector reads the finished message with the same rules, so what the console gathers as one
 * block is one block to it too. Immutable.
 *
 * @param mark   the fence char, {@code `} or {@code ~}
 * @param length how many of them opened the fence
 */
record Fence(char mark, int length) {
    private static final int MAX_INDENT = 3;
    private static final int MIN_LENGTH = 3;

    /**
     * The fence {@code line} leaves open, or null. A backtick line that closes its own fence
     * ({@code ```code```}) leaves none open: as in CommonMark, backticks after the opening run make
     * it inline code, not a fence.
     */
    static Fence openedBy(String line) {
        int at = fenceStart(line);
        if (at < 0) {
            return null;
        }
        int length = run(line, at);
        char mark = line.charAt(at);
        if (length < MIN_LENGTH || mark == '`' && line.indexOf('`', at + length) >= 0) {
            return null;
        }
        return new Fence(mark, length);
    }

    /** Whether {@code line} closes this fence. */
    boolean closedBy(String line) {
        int at = fenceStart(line);
        return at >= 0 && line.charAt(at) == mark && run(line, at) >= length;
    }

    private static int fenceStart(String line) {
        int i = 0;
        while (i < line.length() && i < MAX_INDENT && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() && (line.charAt(i) == '`' || line.charAt(i) == '~') ? i : -1;
    }

    private static int run(String line, int at) {
        int end = at;
        while (end < line.length() && line.charAt(end) == line.charAt(at)) {
            end++;
        }
        return end - at;
    }
}
