package dev.termbot.cli;

import dev.termbot.storage.DatabaseLocation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option shared by every command that reads or writes the database (a picocli mixin). */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "SQLite database file (default: $TERMBOT_DB, else data/termbot.db)")
    Path file;

    Path resolve() {
        return DatabaseLocation.resolve(Optional.ofNullable(file), System.getenv());
    }

    /** The resolved file when it exists; otherwise prints why not and returns empty (exit code 2 follows). */
    Optional<Path> existing(PrintWriter err) {
        Path resolved = resolve();
        if (Files.isRegularFile(resolved)) {
            return Optional.of(resolved);
        }
        err.println("termbot: no database at " + resolved.toAbsolutePath().normalize()
                + " (start the bot once or run: termbot db migrate --db " + resolved + ")");
        return Optional.empty();
    }
}
