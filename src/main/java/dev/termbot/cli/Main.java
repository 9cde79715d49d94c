package dev.termbot.cli;

/** Entry point of {@code target/termbot.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(TermbotCommand.commandLine().execute(args));
    }
}
