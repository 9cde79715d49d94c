package dev.termbot.cli;

/**
 * Input a command cannot work with that has no file position (a missing database, a bad week):
 * printed as {@code termbot: message} with exit code 2 by {@link ExitCodes}, so commands throw it
 * instead of each printing and returning the code themselves.
 */
final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
        super(message);
    }
}
