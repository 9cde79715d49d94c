package dev.termbot.core;

/**
 * Bad input in a file a person edits (glossary, settings), located precisely so they can fix it.
 * Its message is always {@code file:line:col: problem}; commands print it and exit with code 2.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param file    the path as the user gave it
     * @param line    1-based line
     * @param column  1-based column
     * @param problem what is wrong, in words
     */
    public ConfigException(String file, int line, int column, String problem) {
        super(file + ":" + line + ":" + column + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
